package org.xenophilia.core.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.xenophilia.core.storage.ByteSizes;
import org.xenophilia.xenapi.ErrorCode;
import org.xenophilia.xenapi.XenApiException;
import org.xenophilia.xenapi.client.XenApiClient;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Sends an image file from the admin's machine to a node (docs/images.md, <i>Push</i>): the file is read once for its
 * size and SHA-256, then streamed in one {@code PUT /import_image?session_id=REF&entry=B64} over the node's TLS
 * connection, pinned as its XenAPI client ({@link XenApiClient#openConnection}), the entry naming what was measured.
 * Both passes report their bytes to the job's progress and stop at a cancel (the connection dropped midway: the node
 * keeps nothing). The node answers the image's record, or its XenAPI error as JSON, which is thrown as such.
 */
final class ImagePush {

    /** What {@code entry} may weigh before base64, as the node reads it. */
    static final int MAX_ENTRY = 64 * 1024;
    /** Where a node takes pushed images. */
    private static final String PATH = "/import_image";
    private static final int CHUNK = 256 * 1024;
    private static final int TICKS = 1000;

    private final Path file;
    private final PushEntry entry;

    ImagePush(Path file, PushEntry entry) {
        this.file = file;
        this.entry = entry;
    }

    /**
     * @param c the job's logged-in client
     * @param progress the job's progress
     * @return the pushed image's id
     * @throws XenApiException the node's refusal ({@code XENOPHILIA_IMAGE_*}, {@code SESSION_INVALID} ...)
     * @throws IOException if the file cannot be read or the node cannot be reached
     */
    String push(XenApiClient c, SubMonitor progress) throws XenApiException, IOException {
        SubMonitor steps = SubMonitor.convert(progress, 2 * TICKS);
        long size = Files.size(file);
        String sha256 = measure(size, steps.split(TICKS));
        String xml = entry.document(size, sha256);
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_ENTRY) {
            throw new IOException("the entry of " + entry.id() + " is " + bytes.length + " bytes, more than the "
                    + MAX_ENTRY + " a node takes");
        }
        String query = PATH + "?session_id=" + c.session().orElseThrow().value() + "&entry=" + Base64
                .getUrlEncoder().withoutPadding().encodeToString(bytes);
        HttpURLConnection put = c.openConnection(query);
        put.setRequestMethod("PUT");
        put.setDoOutput(true);
        put.setFixedLengthStreamingMode(size);
        put.setRequestProperty("Content-Type", "application/octet-stream");
        // the node answers a refusal (session, role, entry, room) before the file is sent, not after it is read
        put.setRequestProperty("Expect", "100-continue");
        try {
            try {
                send(put, size, steps.split(TICKS));
            } catch (IOException e) {
                // a node that refuses answers at once and stops reading: its answer says why, if it came
                int status = answered(put);
                if (status > 0 && status != HttpURLConnection.HTTP_OK) {
                    throw refusal(status, put);
                }
                throw e;
            }
            int status = put.getResponseCode();
            if (status != HttpURLConnection.HTTP_OK) {
                throw refusal(status, put);
            }
            put.getInputStream().readAllBytes();
            return entry.id();
        } finally {
            put.disconnect();
        }
    }

    /** @return the status the node answered, or -1 when no answer can be read */
    private static int answered(HttpURLConnection put) {
        try {
            return put.getResponseCode();
        } catch (IOException e) {
            return -1;
        }
    }

    private String measure(long size, SubMonitor progress) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            copy(in, sha::update, size, "Checking", progress);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private void send(HttpURLConnection put, long size, SubMonitor progress) throws IOException {
        try (InputStream in = Files.newInputStream(file); OutputStream out = put.getOutputStream()) {
            copy(in, out::write, size, "Sending", progress);
        }
    }

    /** Where the bytes read go. */
    @FunctionalInterface
    private interface Sink {
        void write(byte[] b, int off, int len) throws IOException;
    }

    private static void copy(InputStream in, Sink sink, long size, String phase, SubMonitor progress)
            throws IOException {
        progress.setWorkRemaining(TICKS);
        byte[] buffer = new byte[CHUNK];
        long done = 0;
        int reported = 0;
        for (int n; (n = in.read(buffer)) > 0;) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            sink.write(buffer, 0, n);
            done += n;
            progress.subTask(phase + ": " + ByteSizes.format(done) + " of " + ByteSizes.format(size));
            int ticks = size == 0 ? TICKS : (int) (done * TICKS / size);
            if (ticks > reported) {
                progress.worked(ticks - reported);
                reported = ticks;
            }
        }
    }

    /**
     * The node's error, {@code {"error": [CODE, params...]}}; when the body is not that, a node without the push
     * ({@code 404}: {@code MESSAGE_METHOD_UNKNOWN}) or its status and words ({@code INTERNAL_ERROR}).
     */
    private static XenApiException refusal(int status, HttpURLConnection put) throws IOException {
        String body;
        try (InputStream err = put.getErrorStream()) {
            body = err == null ? "" : new String(err.readNBytes(MAX_ENTRY), StandardCharsets.UTF_8);
        }
        try {
            JsonElement error = JsonParser.parseString(body).getAsJsonObject().get("error");
            if (error != null && error.isJsonArray() && !error.getAsJsonArray().isEmpty()) {
                JsonArray a = error.getAsJsonArray();
                List<String> params = new ArrayList<>();
                for (int i = 1; i < a.size(); i++) {
                    params.add(a.get(i).isJsonNull() ? "" : a.get(i).getAsString());
                }
                return new XenApiException(a.get(0).getAsString(), params);
            }
        } catch (JsonParseException | IllegalStateException | UnsupportedOperationException e) {
            // not the node's JSON error: its status speaks
        }
        if (status == HttpURLConnection.HTTP_NOT_FOUND) {
            return new XenApiException(ErrorCode.MESSAGE_METHOD_UNKNOWN.code(), List.of("PUT " + PATH));
        }
        return new XenApiException(ErrorCode.INTERNAL_ERROR.code(), List.of("HTTP " + status + (body.isBlank() ? ""
                : ": " + body.strip())));
    }
}
