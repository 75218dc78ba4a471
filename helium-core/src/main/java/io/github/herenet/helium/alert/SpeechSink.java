package io.github.herenet.helium.alert;

import java.io.IOException;
import java.util.Locale;

/**
 * Where a spoken announcement goes: a smart-speaker controller such as Iwate University's WAN-WAN
 * (an external sink: event in, announcement out), a text-to-speech program, a phone gateway.
 */
@FunctionalInterface
public interface SpeechSink {

    /**
     * Announces one short sentence aloud.
     *
     * @param text   the sentence, already rendered in {@code locale}
     * @param locale the language of the sentence
     * @throws IOException if the sink could not be reached
     */
    void speak(String text, Locale locale) throws IOException;
}
