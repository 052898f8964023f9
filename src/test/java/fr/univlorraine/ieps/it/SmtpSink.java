package fr.univlorraine.ieps.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * An SMTP server on 127.0.0.1 that accepts every message and keeps it in memory, standing in for
 * Mailpit: the app sends through its production mailer settings, and the tests read what arrived.
 */
final class SmtpSink implements AutoCloseable {

    /** One received message: envelope recipients and the raw data (headers and body). */
    record Mail(List<String> recipients, String data) {

        /** The Subject header, unfolded, its RFC 2047 encoded words ("=?UTF-8?Q?...?=") decoded. */
        String subject() {
            String headers = data.split("\n\n", 2)[0].replaceAll("\r", "").replaceAll("\n[ \t]+", " ");
            return headers.lines().filter(h -> h.regionMatches(true, 0, "Subject:", 0, 8)).findFirst()
                    .map(h -> decodeWords(h.substring(8).strip())).orElse("");
        }

        /** The body as the reader sees it: quoted-printable soft breaks and escapes decoded when so encoded. */
        String text() {
            String[] parts = data.replace("\r", "").split("\n\n", 2);
            String body = parts.length > 1 ? parts[1] : "";
            if (!parts[0].toLowerCase(java.util.Locale.ROOT).contains("content-transfer-encoding: quoted-printable")) {
                return body;
            }
            return new String(quotedPrintable(body.replace("=\n", ""), false), StandardCharsets.UTF_8);
        }

        private static final java.util.regex.Pattern ENCODED_WORD =
                java.util.regex.Pattern.compile("=\\?([^?]+)\\?([QqBb])\\?([^?]*)\\?=");

        /** Adjacent encoded words are joined byte-wise: a character may be split across two of them. */
        private static String decodeWords(String value) {
            var out = new StringBuilder();
            var bytes = new java.io.ByteArrayOutputStream();
            java.nio.charset.Charset charset = StandardCharsets.UTF_8;
            var m = ENCODED_WORD.matcher(value);
            int last = 0;
            while (m.find()) {
                String between = value.substring(last, m.start());
                if (!between.isBlank() || bytes.size() == 0) {
                    out.append(new String(bytes.toByteArray(), charset)).append(between);
                    bytes.reset();
                }
                charset = java.nio.charset.Charset.forName(m.group(1));
                bytes.writeBytes(m.group(2).equalsIgnoreCase("B") ? java.util.Base64.getDecoder().decode(m.group(3))
                        : quotedPrintable(m.group(3), true));
                last = m.end();
            }
            return out.append(new String(bytes.toByteArray(), charset)).append(value.substring(last)).toString();
        }

        private static byte[] quotedPrintable(String text, boolean underscoreIsSpace) {
            var bytes = new java.io.ByteArrayOutputStream();
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '=' && isHex(text, i + 1)) {
                    bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                    i += 2;
                } else if (c == '_' && underscoreIsSpace) {
                    bytes.write(' ');
                } else {
                    bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                }
            }
            return bytes.toByteArray();
        }

        private static boolean isHex(String text, int at) {
            return at + 2 <= text.length() && text.substring(at, at + 2).matches("[0-9A-Fa-f]{2}");
        }
    }

    private final ServerSocket server;
    private final List<Mail> mails = new CopyOnWriteArrayList<>();

    SmtpSink() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "smtp-sink");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** While down, the sink answers every session and every message "421 service not available", as a failing server. */
    private volatile boolean down;

    void down(boolean down) {
        this.down = down;
    }

    /** Waits for a message matching the predicate (mails are sent after the commit, asynchronously for us). */
    Mail await(Predicate<Mail> wanted, Duration timeout) throws InterruptedException {
        // counted looks, not clock readings: the number of looks alone decides when to give up
        for (long look = 0, looks = timeout.toMillis() / 100; look < looks; look++) {
            for (Mail mail : mails) {
                if (wanted.test(mail)) {
                    return mail;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no such mail within " + timeout.toSeconds() + " s; received: " + mails);
    }

    /** The messages received so far that match the predicate, in the order they arrived. */
    List<Mail> received(Predicate<Mail> wanted) {
        return mails.stream().filter(wanted).toList();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Thread session = new Thread(() -> converse(socket), "smtp-session");
                session.setDaemon(true);
                session.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void converse(Socket socket) {
        try (socket;
                var in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
                Writer out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8)) {
            if (down) {
                reply(out, "421 4.3.2 Service not available, closing transmission channel");
                return;
            }
            reply(out, "220 127.0.0.1 smtp-sink");
            List<String> recipients = new CopyOnWriteArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
                switch (verb) {
                    case "EHLO" -> reply(out, "250-127.0.0.1\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "MAIL" -> {
                        if (down) {
                            reply(out, "421 4.3.2 Service not available, closing transmission channel");
                            return;
                        }
                        reply(out, "250 OK");
                    }
                    case "HELO", "RSET", "NOOP" -> reply(out, "250 OK");
                    case "RCPT" -> {
                        recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        String dataLine;
                        while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
                            data.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine).append('\n');
                        }
                        mails.add(new Mail(List.copyOf(recipients), data.toString()));
                        recipients.clear();
                        reply(out, "250 OK: queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Command not implemented");
                }
            }
        } catch (IOException connectionLost) {
            // the client went away; nothing to keep
        }
    }

    private static void reply(Writer out, String text) throws IOException {
        out.write(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
