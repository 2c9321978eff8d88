package dev.cxmetrics.report;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Headless Chromium driven over the DevTools protocol: a fresh profile, no network services, one
 * page; JSON by {@link TestJson}, the WebSocket from {@code java.net.http}. Events are kept in
 * order for the test to inspect. Close it to stop the browser and delete the profile.
 */
final class Chromium implements AutoCloseable {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 50;

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Long, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private final List<Map<String, Object>> events = new ArrayList<>();
    private long nextId;

    private Chromium(Process process, Path profile, WebSocket socket) {
        this.process = process;
        this.profile = profile;
        this.socket = socket;
    }

    /** The Chromium (or Chrome, as on hosted CI runners) executable on the PATH, if any. */
    static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    static Chromium start(Path executable) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("cxmetrics-chromium");
        Process process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--hide-scrollbars", "--user-data-dir=" + profile, "--remote-debugging-port=0",
                "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        try {
            Path portFile = profile.resolve("DevToolsActivePort");
            // Bounded by a number of polls of POLL_MILLIS, which adds up to the timeout.
            for (long polls = 0; !Files.exists(portFile) || Files.readAllLines(portFile).size() < 2; polls++) {
                if (polls > TIMEOUT.toMillis() / POLL_MILLIS || !process.isAlive()) {
                    throw new IOException("Chromium did not open its DevTools port: "
                            + Files.readString(profile.resolve("chromium.log")));
                }
                Thread.sleep(POLL_MILLIS);
            }
            int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
            HttpClient http = HttpClient.newHttpClient();
            String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                    .timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).body();
            String url = null;
            for (Object target : (List<?>) TestJson.parse(list)) {
                Map<?, ?> map = (Map<?, ?>) target;
                if ("page".equals(map.get("type"))) {
                    url = (String) map.get("webSocketDebuggerUrl");
                }
            }
            if (url == null) {
                throw new IOException("Chromium has no page target: " + list);
            }
            Chromium[] self = new Chromium[1];
            WebSocket socket = http.newWebSocketBuilder().connectTimeout(TIMEOUT)
                    .buildAsync(URI.create(url), new Listener(self)).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            self[0] = new Chromium(process, profile, socket);
            return self[0];
        } catch (IOException | InterruptedException | RuntimeException e) {
            process.destroyForcibly();
            delete(profile);
            throw e;
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            process.destroyForcibly();
            delete(profile);
            throw new IOException("cannot connect to Chromium", e);
        }
    }

    /** Sends a command and waits for its result; {@code params} is a JSON object. */
    @SuppressWarnings("unchecked")
    Map<String, Object> send(String method, String params) throws Exception {
        long id;
        CompletableFuture<Map<String, Object>> reply = new CompletableFuture<>();
        synchronized (this) {
            id = ++nextId;
            pending.put(id, reply);
            socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                    .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        }
        Map<String, Object> message = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        if (message.containsKey("error")) {
            throw new IllegalStateException(method + " failed: " + message.get("error"));
        }
        return (Map<String, Object>) message.get("result");
    }

    /** Evaluates a JavaScript expression in the page and returns its value parsed from JSON. */
    Object evaluate(String expression) throws Exception {
        Map<String, Object> result = send("Runtime.evaluate", "{\"expression\":" + quote("JSON.stringify(" + expression
                + ")") + ",\"returnByValue\":true}");
        if (result.containsKey("exceptionDetails")) {
            throw new IllegalStateException("evaluation failed: " + result.get("exceptionDetails"));
        }
        return TestJson.parse((String) ((Map<?, ?>) result.get("result")).get("value"));
    }

    /** Waits for the first event of {@code method} received after {@code after} events. */
    Map<String, Object> awaitEvent(String method, int after) throws InterruptedException {
        synchronized (events) {
            // Quiet waits of POLL_MILLIS, with no new event, add up to the timeout.
            long quiet = 0;
            int seen = after;
            while (true) {
                for (int i = seen; i < events.size(); i++) {
                    if (method.equals(events.get(i).get("method"))) {
                        return events.get(i);
                    }
                }
                if (events.size() == seen && quiet++ > TIMEOUT.toMillis() / POLL_MILLIS) {
                    throw new IllegalStateException("no " + method + " event");
                }
                seen = events.size();
                events.wait(POLL_MILLIS);
            }
        }
    }

    /** A copy of the events received so far. */
    List<Map<String, Object>> events() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    static String quote(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            delete(profile);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            // Chromium may still be writing to its profile as it exits (the walk then fails unchecked);
            // the temp dir is cleaned later.
        }
    }

    @SuppressWarnings("unchecked")
    private void receive(String text) {
        Map<String, Object> message = (Map<String, Object>) TestJson.parse(text);
        Object id = message.get("id");
        if (id != null) {
            CompletableFuture<Map<String, Object>> reply = pending.remove(((Number) id).longValue());
            if (reply != null) {
                reply.complete(message);
            }
            return;
        }
        synchronized (events) {
            events.add(message);
            events.notifyAll();
        }
    }

    /** Joins message fragments and hands whole messages to the browser object. */
    private static final class Listener implements WebSocket.Listener {
        private final Chromium[] owner;
        private final StringBuilder partial = new StringBuilder();

        Listener(Chromium[] owner) {
            this.owner = owner;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String message = partial.toString();
                partial.setLength(0);
                while (owner[0] == null) {
                    Thread.onSpinWait();
                }
                owner[0].receive(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
