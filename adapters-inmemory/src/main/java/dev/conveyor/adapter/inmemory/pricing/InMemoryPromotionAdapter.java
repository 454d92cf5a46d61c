package dev.conveyor.adapter.inmemory.pricing;

import dev.conveyor.adapter.inmemory.support.MemoryStore;
import dev.conveyor.application.pricing.port.out.PromotionPort;
import dev.conveyor.application.pricing.port.out.PromotionUsagePort;
import dev.conveyor.application.shared.Page;
import dev.conveyor.application.shared.PageRequest;
import dev.conveyor.domain.order.OrderId;
import dev.conveyor.domain.pricing.CouponUnavailableException;
import dev.conveyor.domain.pricing.Promotion;
import dev.conveyor.domain.pricing.PromotionId;
import dev.conveyor.domain.user.UserId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Promotions and their uses in one place, as the two tables beside each other in the database. The
 * store's lock makes every claim a serial one, so a limit holds as it does under the database's row lock.
 */
@Singleton
@Requires(property = "conveyor.persistence", value = "memory")
public final class InMemoryPromotionAdapter implements PromotionPort, PromotionUsagePort {

    private final MemoryStore store;
    private final Map<PromotionId, StoredPromotion> promotions = new HashMap<>();
    private final Map<Usage, UserId> usages = new HashMap<>();

    public InMemoryPromotionAdapter(MemoryStore store) {
        this.store = store;
    }

    @Override
    public boolean insert(Promotion promotion) {
        return store.atomically(() -> {
            if (promotions.containsKey(promotion.id())
                    || (promotion.code() != null && byCode(promotion.code()).isPresent())) {
                return false;
            }
            store.put(promotions, promotion.id(), new StoredPromotion(promotion, 0));
            return true;
        });
    }

    @Override
    public boolean update(Promotion promotion) {
        return store.atomically(() -> {
            StoredPromotion stored = promotions.get(promotion.id());
            Integer limit = promotion.limits().total();
            if (stored == null || (limit != null && stored.uses() > limit)) {
                return false;
            }
            store.put(promotions, promotion.id(), new StoredPromotion(promotion, stored.uses()));
            return true;
        });
    }

    @Override
    public Optional<StoredPromotion> findById(PromotionId id) {
        return store.atomically(() -> Optional.ofNullable(promotions.get(id)));
    }

    @Override
    public Optional<StoredPromotion> findByCode(String code) {
        return store.atomically(() -> byCode(code));
    }

    @Override
    public Page<StoredPromotion> list(PageRequest page) {
        return store.atomically(() -> Page.of(promotions.values().stream()
                .sorted(Comparator.comparing((StoredPromotion stored) -> stored.promotion().id()).reversed())
                .skip(page.offset()).limit(page.size()).toList(), page, promotions.size()));
    }

    @Override
    public List<Promotion> automaticValidAt(Instant at) {
        return store.atomically(() -> promotions.values().stream()
                .map(StoredPromotion::promotion)
                .filter(promotion -> !promotion.isCoupon() && promotion.validAt(at))
                .sorted(Comparator.comparing(Promotion::id))
                .toList());
    }

    @Override
    public void claim(PromotionId promotion, UserId customer, OrderId order) {
        store.atomically(() -> {
            Usage usage = new Usage(promotion, order);
            if (usages.containsKey(usage)) {
                return null;
            }
            StoredPromotion stored = Optional.ofNullable(promotions.get(promotion))
                    .orElseThrow(() -> new IllegalStateException("no promotion " + promotion));
            Promotion coupon = stored.promotion();
            Integer total = coupon.limits().total();
            if (total != null && stored.uses() >= total) {
                throw CouponUnavailableException.exhausted(coupon.code());
            }
            Integer perCustomer = coupon.limits().perCustomer();
            if (perCustomer != null && countBy(promotion, customer) >= perCustomer) {
                throw CouponUnavailableException.perCustomer(coupon.code(), perCustomer);
            }
            store.put(usages, usage, customer);
            store.put(promotions, promotion, new StoredPromotion(coupon, stored.uses() + 1));
            return null;
        });
    }

    @Override
    public void release(OrderId order) {
        store.atomically(() -> {
            List<Usage> released = usages.keySet().stream().filter(usage -> usage.order().equals(order)).toList();
            for (Usage usage : released) {
                store.remove(usages, usage);
                StoredPromotion stored = promotions.get(usage.promotion());
                store.put(promotions, usage.promotion(), new StoredPromotion(stored.promotion(), stored.uses() - 1));
            }
            return null;
        });
    }

    @Override
    public int usesBy(PromotionId promotion, UserId customer) {
        return store.atomically(() -> countBy(promotion, customer));
    }

    private int countBy(PromotionId promotion, UserId customer) {
        return (int) usages.entrySet().stream()
                .filter(entry -> entry.getKey().promotion().equals(promotion) && entry.getValue().equals(customer))
                .count();
    }

    private Optional<StoredPromotion> byCode(String code) {
        return promotions.values().stream().filter(stored -> code.equals(stored.promotion().code())).findFirst();
    }

    private record Usage(PromotionId promotion, OrderId order) {
    }
}
