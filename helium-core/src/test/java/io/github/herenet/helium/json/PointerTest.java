package io.github.herenet.helium.json;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PointerTest {

    @Test
    void printsRfc6901Pointers() {
        Pointer event = Pointer.ROOT.field("events").item(1234).field("event");
        assertThat(Pointer.ROOT).hasToString("");
        assertThat(event.field("litres")).hasToString("/events/1234/event/litres");
        assertThat(Pointer.ROOT.field("a/b").field("c~d")).hasToString("/a~1b/c~0d");
    }

    @Test
    void printsPathsBelowAnAncestor() {
        Pointer event = Pointer.ROOT.field("events").item(3).field("event");
        Pointer percent = event.field("reading").field("level").field("percent");
        assertThat(percent.relativeTo(event)).isEqualTo("reading/level/percent");
        assertThat(event.relativeTo(event)).isEmpty();
        assertThat(event.relativeTo(Pointer.ROOT.field("other"))).isEqualTo("/events/3/event");
    }
}
