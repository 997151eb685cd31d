package org.openipt.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTests {

    @Test
    void controlCharactersAndBidirectionalOverridesAreDroppedLineBreaksAndTabsKept() {
        assertThat(Text.clean(" Cover\u0000 \u202Eweekends\u0007\n\tthen Fridays ")).isEqualTo(
                "Cover weekends\n\tthen Fridays");
        assertThat(Text.clean("Zoë — café 日本")).isEqualTo("Zoë — café 日本");
    }

    @Test
    void nothingLeftIsNothing() {
        assertThat(Text.clean(null)).isNull();
        assertThat(Text.clean("  ")).isNull();
        assertThat(Text.clean("\u0000\u202E\u0001")).isNull();
    }
}
