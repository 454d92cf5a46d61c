package dev.conveyor.adapter.rest.web;

/**
 * Whether a request path is the API's: exactly the paths Micronaut's ant pattern {@code /api/**} matches (the
 * first non-blank segment is {@code api}). The filters that only concern the API check it themselves and are
 * declared for every path ({@code /**}): as soon as one filter has a narrower pattern, Micronaut matches every
 * such filter's patterns and sorts the whole filter list anew on every request, which cost a cached read ~8 % of
 * its CPU (docs/performance.md, "The request's route and filter matching").
 */
public final class ApiPaths {

    private static final String API = "api";

    private ApiPaths() {
    }

    public static boolean isApi(String path) {
        if (!path.startsWith("/")) {
            return false;
        }
        int start = 0;
        while (start < path.length()) {
            int end = path.indexOf('/', start);
            if (end < 0) {
                end = path.length();
            }
            // the ant matcher trims each segment and skips the empty ones
            int first = start;
            int last = end;
            while (first < last && path.charAt(first) <= ' ') {
                first++;
            }
            while (last > first && path.charAt(last - 1) <= ' ') {
                last--;
            }
            if (first < last) {
                return last - first == API.length() && path.startsWith(API, first);
            }
            start = end + 1;
        }
        return false;
    }
}
