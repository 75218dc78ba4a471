package io.github.herenet.helium.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NotificationMessagesTest {
    static final NotificationMessages M = new NotificationMessages(ZoneId.of("Asia/Tokyo"));
    static final Instant T = Instant.parse("2026-11-23T01:30:00Z");

    static Notification bag(String site) {
        return new Notification(NotificationLevel.WARNING, "BAG_NEARLY_FULL", site, "NMR 2", "3", 90, "%", 85, T);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ja"})
    void everyKeyHasEveryPartAndNoPlaceholderIsLeft(String lang) {
        Locale locale = Locale.forLanguageTag(lang);
        for (String key : NotificationMessages.KEYS) {
            Notification n = new Notification(NotificationLevel.CRITICAL, key, "Site", "Lab", "V1", 1234.5, "L/h",
                    12.25, T);
            for (String part : new String[] {"subject", "body", "spoken"}) {
                assertThat(M.has(key, part, locale)).as(lang + " " + key + "." + part).isTrue();
            }
            for (String text : new String[] {M.subject(n, locale), M.body(n, locale), M.spoken(n, locale)}) {
                assertThat(text).as(lang + " " + key).doesNotContain("{").doesNotContain("}").isNotBlank()
                        .doesNotContain(key);
            }
            if (!key.equals("COMPRESSOR_FAULT") && !key.equals("DEVICE_STALE")) {
                assertThat(M.body(n, locale)).as(key).contains("1,234.5 L/h");
            }
            assertThat(M.subject(n, locale)).contains(lang.equals("ja") ? "重大" : "CRITICAL");
        }
    }

    @Test
    void japaneseBundleIsReallyJapanese() {
        for (String key : NotificationMessages.KEYS) {
            Notification n = new Notification(NotificationLevel.INFO, key, "S", "L", "V", 1, "%", 2, T);
            assertThat(M.spoken(n, Locale.JAPANESE)).isNotEqualTo(M.spoken(n, Locale.ENGLISH))
                    .containsPattern("[\\u3040-\\u30ff\\u4e00-\\u9fff]");
        }
    }

    @Test
    void spokenFormsOfTheIssue() {
        assertThat(M.spoken(bag("鳥取大学"), Locale.JAPANESE))
                .isEqualTo("鳥取大学 NMR 2 のガスバッグ 3 が 90 % になりました。交換してください。");
        assertThat(M.spoken(bag("Tottori University"), Locale.ENGLISH))
                .isEqualTo("Tottori University NMR 2: gas bag 3 is at 90 %. Please swap it.");
        assertThat(M.spoken(bag("Tottori University"), Locale.forLanguageTag("en-GB")))
                .isEqualTo("Tottori University NMR 2: gas bag 3 is at 90 %. Please swap it.");
    }

    @Test
    void numbersFollowTheLocale() {
        assertThat(NotificationMessages.number(1234.567, Locale.GERMAN)).isEqualTo("1.234,57");
        assertThat(NotificationMessages.number(1234.567, Locale.JAPANESE)).isEqualTo("1,234.57");
        assertThat(NotificationMessages.number(Double.NaN, Locale.ENGLISH)).isEqualTo("-");
        Notification n = new Notification(NotificationLevel.WARNING, "CYLINDER_TOO_WARM", "Uni", "Store", "C7",
                41.5, "°C", 40, T);
        assertThat(M.body(n, Locale.GERMAN)).contains("41,5 °C").contains("40 °C");
    }

    @Test
    void unknownKeyFallsBackToGenericAndTimeIsLocal() {
        Notification n = new Notification(NotificationLevel.INFO, "SOMETHING_NEW", "Uni", "Lab", "X", Double.NaN,
                "", Double.NaN, T);
        assertThat(M.subject(n, Locale.ENGLISH)).isEqualTo("[INFO] Uni Lab: SOMETHING_NEW");
        assertThat(M.body(n, Locale.ENGLISH)).contains("10:30").contains("value -");
    }

    @Test
    void aLanguageIsAddedByAddingABundleAndFallsBackToEnglish() {
        Locale eo = Locale.forLanguageTag("eo");
        assertThat(M.subject(bag("Uni"), eo)).isEqualTo("[AVERTO] Uni NMR 2: gassako 3 preskaŭ plena (90 %)");
        assertThat(M.spoken(bag("Uni"), eo)).isEqualTo("Uni NMR 2: gas bag 3 is at 90 %. Please swap it.");
        assertThat(M.has("BAG_OVERFILL", "body", eo)).isTrue();
    }

    @Test
    void theDefaultLocaleNeverLeaksIntoTheFallback() {
        Locale previous = Locale.getDefault();
        Locale.setDefault(Locale.JAPANESE);
        try {
            assertThat(M.spoken(bag("Uni"), Locale.FRENCH)).isEqualTo("Uni NMR 2: gas bag 3 is at 90 %. Please swap it.");
            assertThat(M.spoken(bag("鳥取大学"), Locale.JAPAN)).startsWith("鳥取大学 NMR 2 のガスバッグ");
        } finally {
            Locale.setDefault(previous);
        }
    }

    @Test
    void detailIsArgumentEight() {
        Notification n = new Notification(NotificationLevel.CRITICAL, "COMPRESSOR_FAULT", "Uni", "Lab", "CPA", 16,
                "", 0, T, "oil high");
        assertThat(M.body(n, Locale.ENGLISH)).contains("fault or interlock at").contains(": oil high.");
    }
}
