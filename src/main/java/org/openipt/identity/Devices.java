package org.openipt.identity;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** A browser's User-Agent in the few words a person recognises their device by: "Firefox on Android". */
final class Devices {

    private Devices() {
    }

    static String describe(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return "?";
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        return browser(agent) + " · " + system(agent);
    }

    private static String browser(String agent) {
        if (agent.contains("firefox/")) {
            return "Firefox";
        }
        if (agent.contains("edg/")) {
            return "Edge";
        }
        if (agent.contains("chrome/") || agent.contains("chromium/") || agent.contains("crios/")) {
            return "Chrome";
        }
        if (agent.contains("safari/")) {
            return "Safari";
        }
        return "?";
    }

    private static String system(String agent) {
        if (agent.contains("android")) {
            return "Android";
        }
        if (agent.contains("iphone") || agent.contains("ipad")) {
            return "iOS";
        }
        if (agent.contains("windows")) {
            return "Windows";
        }
        if (agent.contains("mac os")) {
            return "macOS";
        }
        if (agent.contains("linux")) {
            return "Linux";
        }
        return "?";
    }
}
