package org.openipt.identity;

import java.net.URI;
import java.net.URISyntaxException;

/** Which video meeting links an organisation may show its clients: an https address of a host, nothing else. */
final class VideoLinks {

    private VideoLinks() {
    }

    static boolean acceptable(String link) {
        if (link.length() > OrganisationSettings.VIDEO_LINK_LENGTH || link.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && !uri.getHost().isBlank()
                    && uri.getUserInfo() == null;
        }
        catch (URISyntaxException e) {
            return false;
        }
    }
}
