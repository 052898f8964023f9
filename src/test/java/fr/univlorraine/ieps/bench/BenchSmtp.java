package fr.univlorraine.ieps.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The mail server the app sends to during the benchmark, on 127.0.0.1 at a fixed port: it accepts every message
 * and counts it ({@link Mode#ANSWERING}), refuses connections ({@link Mode#DOWN}: nothing listens on the port), or
 * answers every command after a long pause ({@link Mode#SLOW}, a server on its knees). Messages are not kept.
 */
final class BenchSmtp implements AutoCloseable {

    enum Mode {
        ANSWERING, DOWN, SLOW
    }

    private final int port;
    private final Duration pause;
    private final AtomicInteger received = new AtomicInteger();
    private final Set<Socket> sessions = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile Mode mode = Mode.DOWN;

    /** A server on a free port, answering; {@code pause}: how long each reply waits in {@link Mode#SLOW}. */
    BenchSmtp(Duration pause) throws IOException {
        this.pause = pause;
        try (var probe = new ServerSocket(0, 0, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        mode(Mode.ANSWERING);
    }

    int port() {
        return port;
    }

    /** Messages accepted so far. */
    int received() {
        return received.get();
    }

    Mode mode() {
        return mode;
    }

    /**
     * Switches: DOWN closes the port (connections refused) and the open sessions (the app's mail client keeps
     * its connections for the next mails), the others listen on it again.
     */
    synchronized void mode(Mode next) throws IOException {
        mode = next;
        if (next == Mode.DOWN) {
            if (server != null) {
                server.close();
                server = null;
            }
            for (Socket session : sessions) {
                session.close();
            }
            return;
        }
        if (server == null) {
            var socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 50);
            server = socket;
            Thread acceptor = new Thread(() -> accept(socket), "bench-smtp");
            acceptor.setDaemon(true);
            acceptor.start();
        }
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                sessions.add(client);
                Thread session = new Thread(() -> converse(client), "bench-smtp-session");
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
            reply(out, "220 127.0.0.1 bench-smtp");
            String line;
            while ((line = in.readLine()) != null) {
                String verb = line.length() >= 4 ? line.substring(0, 4).toUpperCase(java.util.Locale.ROOT) : line;
                switch (verb) {
                    case "EHLO" -> reply(out, "250-127.0.0.1\r\n250-8BITMIME\r\n250 SMTPUTF8");
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        String data;
                        while ((data = in.readLine()) != null && !data.equals(".")) {
                            // the message is not kept
                        }
                        received.incrementAndGet();
                        reply(out, "250 OK: queued");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "250 OK");
                }
            }
        } catch (IOException | InterruptedException connectionLost) {
            // the client gave up (a slow server's usual fate), or the server went down
        } finally {
            sessions.remove(socket);
        }
    }

    private void reply(Writer out, String text) throws IOException, InterruptedException {
        if (mode == Mode.SLOW) {
            Thread.sleep(pause.toMillis());
        }
        out.write(text + "\r\n");
        out.flush();
    }

    @Override
    public void close() throws IOException {
        mode(Mode.DOWN);
    }
}
