package org.xenophilia.image.deploy.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.xenophilia.files.AtomicFiles;
import org.xenophilia.image.DeployPhase;
import org.xenophilia.image.ImageException;

/**
 * One image file fetched into the downloads directory: {@code SHA256.part} while incomplete, hashed as it streams,
 * renamed to {@code SHA256} once its sum is the catalog's.
 * <p>
 * A connection that drops is resumed where the part ends, with {@code Range: bytes=N-} and, when the server named
 * its version of the file ({@code ETag}, else {@code Last-Modified}, kept in {@code SHA256.part.if-range} so that the
 * next fetch resumes too), {@code If-Range}: a server whose file changed answers the whole file (200), which
 * restarts from 0. A few attempts per mirror, then the next mirror; what was had stays for the next fetch. A part
 * left by an earlier fetch is hashed first (phase {@link DeployPhase#VERIFYING}). Never more than the catalog's
 * {@code fileSize} is accepted. A cancel removes the part; a failure keeps it.
 */
final class Download {

    /** Connections tried per mirror in one fetch: each resumes what the one before it had. */
    static final int ATTEMPTS = 3;

    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+|\\*)");

    private final HttpGet http;
    private final Path part;
    private final Path ifRange;
    private final Path verified;
    private final long fileSize;
    private final String expected;

    /** A connection that ended before the file did: worth resuming. */
    private static final class Dropped extends Exception {
        private static final long serialVersionUID = 1L;

        Dropped(String words) {
            super(words, null, false, false);
        }
    }

    /**
     * @param http the GETs, with the source's TLS policy
     * @param downloads the downloads directory
     * @param fileSize the catalog's fileSize
     * @param sha256 the catalog's sum, lower-case: the file's name
     */
    Download(HttpGet http, Path downloads, long fileSize, String sha256) {
        this.http = http;
        this.part = downloads.resolve(sha256 + ".part");
        this.ifRange = downloads.resolve(sha256 + ".part.if-range");
        this.verified = downloads.resolve(sha256);
        this.fileSize = fileSize;
        this.expected = sha256;
    }

    /**
     * Fetches the file from its mirrors, in order.
     *
     * @param mirrors the file's URLs
     * @param meter the deployment's progress
     * @return the verified file
     * @throws ImageException DOWNLOAD_FAILED (the last mirror's words; the part kept), CHECKSUM_MISMATCH (the part
     *         removed), DISK_FULL (kept), CANCELLED (removed)
     */
    Path fetch(List<URI> mirrors, ProgressMeter meter) throws ImageException {
        try {
            return fetchOrFail(mirrors, meter);
        } catch (ImageException e) {
            if (e.kind() == ImageException.Kind.CANCELLED || e.kind() == ImageException.Kind.CHECKSUM_MISMATCH) {
                removePart();
            }
            throw e;
        }
    }

    /** Removes what an unfinished download left. */
    void removePart() throws ImageException {
        try {
            Files.deleteIfExists(part);
            Files.deleteIfExists(ifRange);
        } catch (IOException e) {
            throw new ImageException(ImageException.Kind.FAILED, "cannot remove " + part + ": " + e.getMessage(),
                    List.of(part.toString()), e);
        }
    }

    private Path fetchOrFail(List<URI> mirrors, ProgressMeter meter) throws ImageException {
        MessageDigest digest = FileDigest.sha256();
        long have = resumable();
        if (have > 0) {
            meter.phase(DeployPhase.VERIFYING, have, 0);
            try {
                FileDigest.update(digest, part, have, meter);
            } catch (IOException e) {
                throw new ImageException(ImageException.Kind.FAILED, "cannot read " + part + ": " + e.getMessage(),
                        List.of(part.toString()), e);
            }
            meter.flush();
        }
        meter.phase(DeployPhase.DOWNLOADING, fileSize, have);
        ImageException last = null;
        URI from = mirrors.get(0);
        mirrors: for (URI url : mirrors) {
            for (int attempt = 1; attempt <= ATTEMPTS && have < fileSize; attempt++) {
                try {
                    have = transfer(url, have, digest, meter);
                } catch (Dropped e) {
                    have = size();
                    last = HttpGet.failed(url, e.getMessage());
                } catch (ImageException e) {
                    if (e.kind() != ImageException.Kind.DOWNLOAD_FAILED) {
                        throw e;
                    }
                    last = e;
                    continue mirrors;
                }
            }
            if (have == fileSize) {
                from = url;
                break;
            }
        }
        meter.flush();
        if (have < fileSize) {
            throw last;
        }
        String actual = FileDigest.hex(digest);
        if (!actual.equals(expected)) {
            throw FileDigest.mismatch(expected, actual, from.toString());
        }
        try {
            try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            Files.move(part, verified, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(ifRange);
            AtomicFiles.syncDirectory(verified.getParent());
        } catch (IOException e) {
            throw FullFileSystem.failure(part, "cannot keep the verified " + verified, e, ImageException.Kind.FAILED);
        }
        return verified;
    }

    /** @return the bytes of a part an earlier fetch left that can be resumed (a part too long is dropped) */
    private long resumable() throws ImageException {
        long have = size();
        if (have > fileSize) {
            removePart();
            return 0;
        }
        return have;
    }

    private long size() throws ImageException {
        try {
            return Files.exists(part) ? Files.size(part) : 0;
        } catch (IOException e) {
            throw new ImageException(ImageException.Kind.FAILED, "cannot read " + part + ": " + e.getMessage(),
                    List.of(part.toString()), e);
        }
    }

    /**
     * One connection: asks for what is missing, appends what comes to the part.
     *
     * @return the part's length after it
     */
    private long transfer(URI url, long have, MessageDigest digest, ProgressMeter meter)
            throws ImageException, Dropped {
        Map<String, String> headers = new LinkedHashMap<>();
        if (have > 0) {
            headers.put("Range", "bytes=" + have + "-");
            String validator = validator();
            if (validator != null) {
                headers.put("If-Range", validator);
            }
        }
        try (HttpGet.Answer answer = http.open(url, headers)) {
            long start;
            if (answer.status() == 206 && have > 0) {
                start = contentRangeStart(answer, url);
                if (start != have) {
                    throw HttpGet.failed(url, answer.url() + " answered bytes " + start + "- to a request for bytes "
                            + have + "-");
                }
            } else if (answer.status() == 200) {
                // the whole file: the first answer, or one to a Range request (the file changed, or the server
                // cannot resume), which restarts from 0
                declaredLength(answer, url);
                if (have > 0) {
                    restart(digest, meter);
                }
                keepValidator(answer);
                start = 0;
            } else if (answer.status() == 416 && have > 0) {
                // the server's file is not what was had: start afresh on the next attempt
                restart(digest, meter);
                throw new Dropped("HTTP 416 for bytes " + have + "- of " + answer.url() + ": starting again");
            } else {
                throw HttpGet.failed(url, "HTTP " + answer.status() + " " + reason(answer) + " from " + answer.url());
            }
            return append(answer, start, digest, meter);
        }
    }

    private long append(HttpGet.Answer answer, long start, MessageDigest digest, ProgressMeter meter)
            throws ImageException, Dropped {
        long have = start;
        ByteBuffer buf = ByteBuffer.allocate(FileDigest.BLOCK / 4);
        InputStream body;
        try {
            body = answer.body();
        } catch (IOException e) {
            throw new Dropped(http.words(e));
        }
        try (body; FileChannel out = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            out.truncate(start);
            while (have < fileSize) {
                int n;
                try {
                    n = body.read(buf.array(), 0, (int) Math.min(buf.capacity(), fileSize - have));
                } catch (IOException e) {
                    throw new Dropped("the connection to " + answer.url() + " broke after " + have + " bytes: "
                            + http.words(e));
                }
                if (n < 0) {
                    throw new Dropped(answer.url() + " ended after " + have + " of " + fileSize + " bytes");
                }
                buf.clear().limit(n);
                try {
                    while (buf.hasRemaining()) {
                        out.write(buf, have + buf.position());
                    }
                } catch (IOException e) {
                    throw FullFileSystem.failure(part, "cannot write " + part, e, ImageException.Kind.FAILED);
                }
                digest.update(buf.array(), 0, n);
                have += n;
                meter.add(n);
            }
        } catch (IOException e) {
            throw FullFileSystem.failure(part, "cannot write " + part, e, ImageException.Kind.FAILED);
        }
        return have;
    }

    private void restart(MessageDigest digest, ProgressMeter meter) throws ImageException {
        removePart();
        digest.reset();
        meter.phase(DeployPhase.DOWNLOADING, fileSize, 0);
    }

    /** @return where a 206's bytes start; its total, when given, must be the catalog's fileSize */
    private long contentRangeStart(HttpGet.Answer answer, URI url) throws ImageException {
        String range = answer.header("Content-Range");
        Matcher m = range == null ? null : CONTENT_RANGE.matcher(range.trim());
        if (m == null || !m.matches()) {
            throw HttpGet.failed(url, answer.url() + " answered 206 with the Content-Range '" + range + "'");
        }
        if (!m.group(3).equals("*") && Long.parseLong(m.group(3)) != fileSize) {
            throw HttpGet.failed(url, answer.url() + " has " + m.group(3) + " bytes, the catalog's fileSize is "
                    + fileSize);
        }
        return Long.parseLong(m.group(1));
    }

    /** Refuses a whole answer longer than the catalog's fileSize before reading it. */
    private void declaredLength(HttpGet.Answer answer, URI url) throws ImageException {
        long length = answer.connection().getContentLengthLong();
        if (length > fileSize) {
            throw HttpGet.failed(url, answer.url() + " has " + length + " bytes, more than the catalog's fileSize "
                    + fileSize);
        }
    }

    private static String reason(HttpGet.Answer answer) {
        try {
            String message = answer.connection().getResponseMessage();
            return message == null ? "" : message;
        } catch (IOException e) {
            return "";
        }
    }

    private String validator() {
        try {
            return Files.exists(ifRange) ? Files.readString(ifRange, StandardCharsets.UTF_8).trim() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Keeps the server's name for its version of the file, for the If-Range of a later resume. */
    private void keepValidator(HttpGet.Answer answer) throws ImageException {
        String etag = answer.header("ETag");
        String validator = etag != null && !etag.startsWith("W/") ? etag : answer.header("Last-Modified");
        try {
            if (validator == null || validator.isBlank() || validator.length() > 256) {
                Files.deleteIfExists(ifRange);
            } else {
                AtomicFiles.write(ifRange, validator.trim().getBytes(StandardCharsets.US_ASCII),
                        AtomicFiles.WORLD_READABLE);
            }
        } catch (IOException e) {
            throw FullFileSystem.failure(ifRange, "cannot write " + ifRange, e, ImageException.Kind.FAILED);
        }
    }
}
