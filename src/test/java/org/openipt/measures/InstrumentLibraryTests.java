package org.openipt.measures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;

import org.junit.jupiter.api.Test;
import org.openipt.measures.InstrumentDefinition.Code;
import org.openipt.measures.InstrumentDefinition.Item;
import org.openipt.measures.InstrumentDefinition.LicenceStatus;
import org.openipt.measures.InstrumentDefinition.Rater;

class InstrumentLibraryTests {

    private final InstrumentLibrary library = InstrumentLibrary.standard();

    @Test
    void shipsSevenInstrumentsWithCanonicalUrlsAndTheirRanges() {
        assertThat(library.all()).extracting(InstrumentDefinition::id)
                .containsExactly("phq-9", "phq-2", "gad-7", "pcl-5", "hamd-17", "epds", "wsas");
        assertThat(library.definition("phq-9").versionedCanonical()).isEqualTo("https://openipt.org/fhir/Questionnaire/phq-9|1.0.0");
        assertThat(library.all()).allSatisfy(definition ->
                assertThat(definition.canonical()).isEqualTo("https://openipt.org/fhir/Questionnaire/" + definition.id()));
        assertThat(library.all()).extracting(definition -> definition.total().max())
                .containsExactly(27, 6, 21, 80, 52, 30, 40);
        assertThat(library.all()).allSatisfy(definition -> assertThat(definition.total().min()).isZero());
        assertThat(library.all()).extracting(definition -> definition.scoredItems().size())
                .containsExactly(9, 2, 7, 20, 17, 10, 5);
    }

    @Test
    void phq9CarriesVerifiedLoincCodesAndAnUncodedUnscoredDifficultyItem() {
        InstrumentDefinition phq9 = library.definition("phq-9");
        assertThat(phq9.panel()).isEqualTo(new Code(Code.LOINC, "44249-1"));
        assertThat(phq9.total().code()).isEqualTo(new Code(Code.LOINC, "44261-6"));
        assertThat(phq9.item("phq9-9").orElseThrow().code()).isEqualTo(new Code(Code.LOINC, "44260-8"));
        assertThat(phq9.item("phq9-1").orElseThrow().options()).extracting(option -> option.code().code() + "=" + option.score())
                .containsExactly("LA6568-5=0", "LA6569-3=1", "LA6570-1=2", "LA6571-9=3");
        Item difficulty = phq9.item("phq9-difficulty").orElseThrow();
        assertThat(difficulty.scored()).isFalse();
        assertThat(difficulty.code()).as("69722-7 is unverified").isNull();
        assertThat(phq9.recallPeriod()).isEqualTo(Period.ofWeeks(2));
        assertThat(phq9.total().cutoffs()).extracting(InstrumentDefinition.Cutoff::min).containsExactly(10);
    }

    @Test
    void noUnverifiedCodeIsUsed() {
        for (InstrumentDefinition definition : library.all()) {
            assertThat(definition.total().code().code()).isNotEqualTo("99046-5");
            assertThat(definition.items()).allSatisfy(item -> assertThat(item.code()).satisfiesAnyOf(
                    code -> assertThat(code).isNull(),
                    code -> assertThat(code.code()).isNotIn("69722-7", "69723-5")));
        }
        for (String id : new String[] {"pcl-5", "hamd-17", "epds", "wsas"}) {
            assertThat(library.definition(id).total().code().isLoinc()).as(id).isFalse();
            assertThat(library.definition(id).items()).allSatisfy(item -> assertThat(item.code()).isNull());
        }
        assertThat(library.definition("epds").panel()).isEqualTo(new Code(Code.LOINC, "71354-5"));
    }

    @Test
    void riskItemsAreThoseTheReferenceNames() {
        assertThat(library.definition("phq-9").riskItems()).extracting(Item::linkId).containsExactly("phq9-9");
        assertThat(library.definition("epds").riskItems()).extracting(Item::linkId).containsExactly("epds-10");
        assertThat(library.definition("hamd-17").riskItems()).extracting(Item::linkId).containsExactly("hamd-3");
        for (String id : new String[] {"phq-2", "gad-7", "pcl-5", "wsas"}) {
            assertThat(library.definition(id).riskItems()).as(id).isEmpty();
        }
    }

    @Test
    void epdsIsReverseScoredOnItems3And5To10AndItsOptionScoresSayTheSame() {
        InstrumentDefinition epds = library.definition("epds");
        assertThat(epds.reverseScoredItems()).extracting(Item::linkId)
                .containsExactly("epds-3", "epds-5", "epds-6", "epds-7", "epds-8", "epds-9", "epds-10");
        for (InstrumentDefinition definition : library.all()) {
            for (Item item : definition.scoredItems()) {
                int first = item.options().getFirst().score();
                int last = item.options().getLast().score();
                assertThat(first > last).as(item.linkId()).isEqualTo(item.reverseScored());
            }
        }
    }

    @Test
    void licensedInstrumentsShipStructureOnlyWithNeutralLabels() {
        for (String id : new String[] {"epds", "wsas"}) {
            InstrumentDefinition definition = library.definition(id);
            assertThat(definition.licence()).isEqualTo(LicenceStatus.PERMISSION_REQUIRED);
            assertThat(definition.wordingSuppliedByOrganisation()).isTrue();
            assertThat(definition.items()).allSatisfy(item -> {
                assertThat(item.wordingSuppliedByOrganisation()).isTrue();
                assertThat(item.text()).matches("Item \\d+");
            });
        }
        assertThat(library.definition("epds").item("epds-1").orElseThrow().options())
                .extracting(InstrumentDefinition.AnswerOption::display)
                .containsExactly("Answer 1", "Answer 2", "Answer 3", "Answer 4");
        for (String id : new String[] {"phq-9", "phq-2", "gad-7", "pcl-5", "hamd-17"}) {
            InstrumentDefinition definition = library.definition(id);
            assertThat(definition.licence()).as(id).isEqualTo(LicenceStatus.PUBLIC_DOMAIN);
            assertThat(definition.items()).noneMatch(InstrumentDefinition.Item::wordingSuppliedByOrganisation);
        }
    }

    @Test
    void hamdIsClinicianRatedAndCarriesTwoBandConventions() {
        InstrumentDefinition hamd = library.definition("hamd-17");
        assertThat(hamd.rater()).isEqualTo(Rater.CLINICIAN);
        assertThat(library.all()).filteredOn(definition -> definition.rater() == Rater.CLINICIAN).hasSize(1);
        assertThat(hamd.total().band(16).orElseThrow().code()).isEqualTo("mild");
        assertThat(hamd.total().band("conventional", 16).orElseThrow().code()).isEqualTo("moderate");
        assertThat(hamd.total().band("conventional", 23).orElseThrow().code()).isEqualTo("very-severe");
        assertThat(hamd.item("hamd-4").orElseThrow().maxScore()).isEqualTo(2);
        assertThat(hamd.item("hamd-3").orElseThrow().maxScore()).isEqualTo(4);
    }

    @Test
    void bandsCoverEveryTotalExactlyOnce() {
        for (InstrumentDefinition definition : library.all()) {
            var total = definition.total();
            var schemes = new java.util.ArrayList<java.util.List<InstrumentDefinition.Band>>(total.otherBandSchemes().values());
            schemes.add(total.bands());
            for (var bands : schemes) {
                if (bands.isEmpty()) {
                    continue;
                }
                for (int value = total.min(); value <= total.max(); value++) {
                    int score = value;
                    assertThat(bands.stream().filter(band -> band.contains(score))).as("%s %d", definition.id(), value).hasSize(1);
                }
            }
        }
    }

    @Test
    void pcl5HasFourClustersAndRecallOfAMonth() {
        InstrumentDefinition pcl5 = library.definition("pcl-5");
        assertThat(pcl5.subscales()).extracting(score -> score.linkId() + ":" + score.itemLinkIds().size() + ":" + score.max())
                .containsExactly("pcl5-cluster-b:5:20", "pcl5-cluster-c:2:8", "pcl5-cluster-d:7:28", "pcl5-cluster-e:6:24");
        assertThat(pcl5.recallPeriod()).isEqualTo(Period.ofMonths(1));
        assertThat(library.definition("epds").recallPeriod()).isEqualTo(Period.ofDays(7));
    }
}
