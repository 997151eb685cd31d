package org.openipt.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Only an https address of a host may be shown to clients as their video link. */
class VideoLinksTests {

    @Test
    void anHttpsMeetingRoomIsAcceptable() {
        assertThat(VideoLinks.acceptable("https://meet.example.org/riverside-room?pwd=abc")).isTrue();
    }

    @Test
    void anythingElseIsNot() {
        assertThat(VideoLinks.acceptable("http://meet.example.org/room")).as("not encrypted").isFalse();
        assertThat(VideoLinks.acceptable("javascript:alert(1)")).isFalse();
        assertThat(VideoLinks.acceptable("https://meet.example.org/a room")).as("a space").isFalse();
        assertThat(VideoLinks.acceptable("https://meet.example.org/\u0000")).as("a control character").isFalse();
        assertThat(VideoLinks.acceptable("https://user:secret@meet.example.org/")).as("credentials").isFalse();
        assertThat(VideoLinks.acceptable("https:///no-host")).isFalse();
        assertThat(VideoLinks.acceptable("https://meet.example.org/" + "a".repeat(500))).as("too long").isFalse();
    }
}
