package org.openipt.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ConsentRulesTests {

    private static ConsentDocument document(ConsentKind kind, String language, int version) {
        return new ConsentDocument(new ConsentDocumentId(UUID.randomUUID()), kind, language, version,
                kind + " " + language + " v" + version, "Text", Instant.EPOCH);
    }

    @Test
    void theNewestVersionInTheClientsLanguageIsTheCurrentOneForEachKind() {
        List<ConsentDocument> published = List.of(document(ConsentKind.TREATMENT, "en", 1),
                document(ConsentKind.TREATMENT, "en", 2), document(ConsentKind.TREATMENT, "es", 1),
                document(ConsentKind.PRIVACY_NOTICE, "en", 3));

        assertThat(ConsentRules.current(published, "es")).extracting(ConsentDocument::title)
                .as("Spanish where there is one, else English, in the order of the kinds")
                .containsExactly("TREATMENT es v1", "PRIVACY_NOTICE en v3");
        assertThat(ConsentRules.current(published, "en")).extracting(ConsentDocument::title)
                .containsExactly("TREATMENT en v2", "PRIVACY_NOTICE en v3");
        assertThat(ConsentRules.current(published, null)).extracting(ConsentDocument::title)
                .containsExactly("TREATMENT en v2", "PRIVACY_NOTICE en v3");
    }

    @Test
    void aKindPublishedInNeitherTheClientsLanguageNorEnglishIsNotAskedFor() {
        assertThat(ConsentRules.current(List.of(document(ConsentKind.REMOTE_SESSIONS, "es", 1)), "fr")).isEmpty();
        assertThat(ConsentRules.current(List.of(), "en")).isEmpty();
    }

    @Test
    void aStatusIsMissingUntilTheCurrentVersionIsAgreedTo() {
        ConsentDocument v2 = document(ConsentKind.TREATMENT, "en", 2);
        assertThat(new ConsentStatus(v2, null, null).missing()).isTrue();
        assertThat(new ConsentStatus(v2, 1, Instant.EPOCH).missing()).isTrue();
        assertThat(new ConsentStatus(v2, 2, Instant.EPOCH).missing()).isFalse();
    }

    @Test
    void aDocumentNeedsATitleAndATextWithinTheirLimits() {
        assertThat(ConsentRules.problems(" ", null)).containsExactly("consent.title.required", "consent.body.required");
        assertThat(ConsentRules.problems("t".repeat(201), "b".repeat(20001)))
                .containsExactly("consent.title.tooLong", "consent.body.tooLong");
        assertThat(ConsentRules.problems("Privacy notice", "We keep your record safe.")).isEmpty();
    }
}
