package dev.conveyor.application.pricing.service;

/** The store's pricing settings ({@code conveyor.pricing.*}). */
public record PricingSettings(boolean pricesIncludeTax) {
}
