package org.openipt.notification.internal;

import java.util.Locale;

import org.openipt.identity.StaffContact;
import org.openipt.shared.web.PageDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The frame every e-mail to staff shares, in the recipient's language: greeting, what happened, a link into
 * OpenIPT, the line saying why no client details are given, and the signature.
 */
@Component
class StaffMail {

    private final MessageSource messages;
    private final NotificationSettings settings;

    StaffMail(MessageSource messages, NotificationSettings settings) {
        this.messages = messages;
        this.settings = settings;
    }

    String body(StaffContact to, Locale locale, String message, String linkIntro, String path,
            String organisationName) {
        return frame(to, locale, organisationName, message, linkIntro + "\n" + settings.baseUrl() + path,
                text("notification.privacy", locale));
    }

    /**
     * An e-mail to the holder of an account about the account itself (an invitation, a forgotten password): the
     * same frame, the link on its own line, and a closing line instead of the staff privacy line.
     */
    String accountBody(StaffContact to, Locale locale, String message, String path, String closing,
            String organisationName) {
        return frame(to, locale, organisationName, message, settings.baseUrl() + path, closing);
    }

    /**
     * A reminder to a client who asked for reminders: the message, where to sign in, and the link that stops every
     * reminder (one click, no sign-in).
     */
    String reminderBody(StaffContact to, Locale locale, String message, String stopPath, String organisationName) {
        return frame(to, locale, organisationName, message,
                text("notification.clientReminder.signIn", locale) + "\n" + settings.baseUrl() + "/me",
                text("notification.clientReminder.stop", locale) + "\n" + settings.baseUrl() + stopPath);
    }

    /** Greeting, the paragraphs given, and the signature. */
    private String frame(StaffContact to, Locale locale, String organisationName, String... paragraphs) {
        StringBuilder mail = new StringBuilder(text("notification.greeting", locale, to.displayName())).append("\n");
        for (String paragraph : paragraphs) {
            mail.append("\n").append(paragraph).append("\n");
        }
        return mail.append("\n-- \n").append(text("notification.signature", locale, organisationName))
                .append("\n").toString();
    }

    /** A Message-ID that is the same whichever node writes the e-mail: {@code <part.part@domain>}. */
    String messageId(Object... parts) {
        StringBuilder id = new StringBuilder("<");
        for (int i = 0; i < parts.length; i++) {
            id.append(i == 0 ? "" : ".").append(parts[i]);
        }
        return id.append('@').append(settings.mailDomain()).append('>').toString();
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** How an e-mail to this person writes dates: in their language and time zone. */
    static PageDates datesFor(StaffContact contact) {
        return new PageDates(contact.timeZone(), localeOf(contact));
    }

    static Locale localeOf(StaffContact contact) {
        String language = contact.preferredLanguage();
        return language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language);
    }
}
