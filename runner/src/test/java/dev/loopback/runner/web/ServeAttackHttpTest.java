package dev.loopback.runner.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve} attacked over raw sockets on 127.0.0.1: a page on another local port (same site as far as cookies go),
 * the token left in the address bar, and slow clients (any local process can connect, token or not) that must not
 * stop the learner's own requests.
 */
class ServeAttackHttpTest {
    @TempDir Path temp;
    WebFixture web;
    String token;

    @BeforeEach
    void start() throws Exception {
        web = new WebFixture(temp);
        token = web.server.token();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    @Test
    void theTokenLeavesTheAddressBarAtOnce() {
        WebFixture.Response first = web.get("/lessons/05?token=" + token);
        assertEquals(303, first.status(), "a page opened with ?token= is sent on without it");
        assertEquals("/lessons/05", first.headers().get("location"));
        assertTrue(first.headers().get("set-cookie").startsWith("loopback_" + web.server.port() + "=" + token + ";"));
        WebFixture.Response home = web.get("/?token=" + token);
        assertEquals(303, home.status());
        assertEquals("/", home.headers().get("location"));
        String pair = home.headers().get("set-cookie").substring(0, home.headers().get("set-cookie").indexOf(';'));
        WebFixture.Response page = web.get("/", "Cookie: " + pair);
        assertEquals(200, page.status());
        assertFalse(page.body().contains(token), "the token is never written into a page");
        assertEquals("same-origin", page.headers().get("referrer-policy"));
        // scripts may still use ?token= on the API (no redirect there), and a wrong token is not redirected
        assertEquals(200, web.get("/api/progress?token=" + token).status());
        String wrong = (token.charAt(0) == 'x' ? "y" : "x") + token.substring(1); // never the token itself
        assertEquals(403, web.get("/?token=" + wrong).status());
    }

    @Test
    void aPageOnAnotherLocalPortIsRefusedThoughTheCookieReachesUs() {
        // Cookies are not kept apart by port: a page on http://127.0.0.1:OTHER is "same-site" and its requests carry
        // the SameSite=Strict cookie. Browsers say where a request comes from in Sec-Fetch-Site.
        String cookie = "Cookie: loopback_" + web.server.port() + "=" + token;
        for (String site : List.of("same-site", "cross-site")) {
            WebFixture.Response img = web.get("/exercises/pool-sizer", cookie, "Sec-Fetch-Site: " + site, "Sec-Fetch-Mode: no-cors",
                    "Sec-Fetch-Dest: image");
            assertEquals(403, img.status(), site);
            assertTrue(img.body().contains("another site"), img.body());
            assertEquals(403, web.get("/api/exercises/pool-sizer/events", cookie, "Sec-Fetch-Site: " + site,
                    "Sec-Fetch-Mode: cors").status(), site);
            assertEquals(403, web.request("POST", "/lessons/05/read", "", cookie, "Sec-Fetch-Site: " + site,
                    "Sec-Fetch-Mode: navigate").status(), site);
        }
        assertFalse(web.session.progress().current().isRead("05"));
        // following a link (a GET navigation) still works, and so does the server's own page and a typed address
        assertEquals(200, web.get("/lessons/05", cookie, "Sec-Fetch-Site: same-site", "Sec-Fetch-Mode: navigate").status());
        assertEquals(200, web.get("/api/progress", cookie, "Sec-Fetch-Site: same-origin", "Sec-Fetch-Mode: cors").status());
        assertEquals(200, web.get("/", cookie, "Sec-Fetch-Site: none", "Sec-Fetch-Mode: navigate").status());
    }

    @Test
    void noCorsHeaderIsEverSent() {
        for (WebFixture.Response response : List.of(
                web.get("/api/progress", web.bearer(), "Origin: http://attacker.example"),
                web.request("OPTIONS", "/api/progress", null, web.bearer(), "Origin: http://attacker.example",
                        "Access-Control-Request-Method: POST"),
                web.request("POST", "/api/quiz/05", "{}", web.bearer(), "Origin: null"))) {
            assertTrue(response.headers().keySet().stream().noneMatch(h -> h.startsWith("access-control-")), response.headers().toString());
            assertTrue(response.status() >= 400 || response.body().startsWith("{"), response.toString());
        }
    }

    @Test
    void markupTheLearnerWritesIsShownAsTextNeverRun() throws Exception {
        String evil = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        String answer = "Use a connection pool with keep-alive " + evil + " so later requests reuse the open connection "
                + "and skip the TCP handshake. \" onmouseover=\"alert(3)";
        WebFixture.Response drill = web.request("POST", "/drill/05", "answer=" + java.net.URLEncoder.encode(answer, StandardCharsets.UTF_8),
                web.bearer(), "Content-Type: application/x-www-form-urlencoded", "Origin: http://" + web.host());
        assertEquals(200, drill.status(), drill.body());
        assertFalse(drill.body().contains("<script>alert") || drill.body().contains("<img src=x") || drill.body().contains("\" onmouseover"),
                drill.body());
        assertTrue(drill.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "shown as the text it is");
        assertTrue(drill.body().contains("<mark"), "and still highlighted");
        java.nio.file.Files.writeString(web.workspace.exercises().resolve("pool-sizer/src/main/java/poolsizer/PoolSizer.java"),
                "package poolsizer;\npublic final class PoolSizer { String s = \"" + evil + "\" + ; }\n");
        WebFixture.Response report = web.request("POST", "/exercises/pool-sizer/submit", "", web.bearer(), "Origin: http://" + web.host());
        assertEquals(200, report.status(), report.body());
        assertTrue(report.body().contains("did not compile"), report.body());
        assertFalse(report.body().contains("<script>alert") || report.body().contains("<img src=x"), report.body());
        assertTrue(report.body().contains("&lt;img src=x onerror=alert(2)&gt;"), "the compiler's quote of the line, as text");
        assertTrue(report.headers().get("content-security-policy").contains("script-src 'self'"), "and no inline script would run anyway");
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), web.server.port());
        socket.setSoTimeout(60_000);
        return socket;
    }

    @Test
    void slowClientsDoNotStopTheLearnersRequests() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 12; i++) { // headers that never end
                Socket socket = connect();
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1:".getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            for (int i = 0; i < 12; i++) { // a body that never arrives, on a request refused for want of a token
                Socket socket = connect();
                socket.getOutputStream().write(("POST /api/drill/05 HTTP/1.1\r\nHost: " + web.host()
                        + "\r\nContent-Length: 60000\r\n\r\nabc").getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                slow.add(socket);
            }
            CompletableFuture<WebFixture.Response> learner = CompletableFuture.supplyAsync(() -> web.get("/api/progress", web.bearer()));
            assertEquals(200, learner.get(8, TimeUnit.SECONDS).status(), "answered while 24 slow clients hold connections");
            // and a request whose headers never end is cut off: the server closes it
            long start = System.nanoTime();
            InputStream in = slow.get(0).getInputStream();
            try {
                assertEquals(-1, in.read(), "nothing is answered to half a request");
            } catch (SocketException reset) {
                // closed by the server: also fine
            }
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(45), "closed within the request time limit");
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aHugeHeaderIsRefusedNotStored() throws Exception {
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET / HTTP/1.1\r\nHost: " + web.host() + "\r\n" + web.bearer() + "\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] line = ("X-Pad: " + "a".repeat(8000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
            boolean cut = false;
            try {
                for (int i = 0; i < 2000; i++) { // 16 MB of headers
                    out.write(line);
                }
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException e) {
                cut = true;
            }
            if (!cut) {
                byte[] reply = socket.getInputStream().readNBytes(12);
                assertFalse(new String(reply, StandardCharsets.US_ASCII).startsWith("HTTP/1.1 200"), "16 MB of headers are not served");
            }
        }
        assertEquals(200, web.get("/api/progress", web.bearer()).status());
    }
}
