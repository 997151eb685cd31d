package org.openipt.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Browser tests that read the e-mails OpenIPT sends: a real SMTP server (GreenMail, one for the whole run), the
 * outbox sent every second and the escalation check run every second. The web server takes a free port chosen here,
 * so that the links in the e-mails (openipt.notification.base-url, by default http://localhost:${server.port}) lead
 * to it, as they would in a real installation. Every class that extends this shares one application context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT)
@ContextConfiguration(initializers = TestDatabase.class)
public abstract class WithMailServer {

    protected static final GreenMail SMTP = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

    static {
        SMTP.start();
        Runtime.getRuntime().addShutdownHook(new Thread(SMTP::stop));
    }

    @DynamicPropertySource
    static void mailAndJobs(DynamicPropertyRegistry registry) throws IOException {
        int webPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            webPort = socket.getLocalPort();
        }
        registry.add("server.port", () -> webPort);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
        registry.add("openipt.notification.send-every", () -> "PT1S");
        registry.add("openipt.safety.escalation-check", () -> "PT1S");
    }

    /** Waits (up to 30 seconds) for an e-mail to {@code recipient} whose subject ends with {@code subjectEnd}. */
    protected static MimeMessage mailTo(String recipient, String subjectEnd) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                for (MimeMessage message : SMTP.getReceivedMessages()) {
                    if (message.getRecipients(Message.RecipientType.TO)[0].toString().equals(recipient)
                            && message.getSubject().endsWith(subjectEnd)) {
                        return message;
                    }
                }
                Thread.sleep(200);
            }
            catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("no e-mail to " + recipient + " ending '" + subjectEnd + "'");
    }
}
