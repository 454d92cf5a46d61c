package dev.conveyor.adapter.rest.admin;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body written by another thread: the writer fills {@link #sink()} while the server reads
 * this stream, a few chunks apart, so the writer waits for a slow client instead of piling bytes up.
 * Unlike {@link java.io.PipedInputStream}, a writer's failure reaches the reader as an
 * {@link IOException} (the server then cuts the response short, so the client sees it broken rather than
 * complete), and a reader that stops (the client went away) makes the writer's next write fail.
 */
final class ProducedInputStream extends InputStream {

    private static final int CHUNK = 64 * 1024;
    private static final int CHUNKS_AHEAD = 8;
    private static final byte[] END = new byte[0];
    private static final byte[] FAILED = new byte[0];

    private final BlockingQueue<byte[]> chunks = new ArrayBlockingQueue<>(CHUNKS_AHEAD);
    private final Duration stall;
    private volatile boolean closed;
    private volatile Exception failure;
    private byte[] current = new byte[0];
    private int position;

    /** @param stall how long the writer waits for the reader to take a chunk before giving up */
    ProducedInputStream(Duration stall) {
        this.stall = stall;
    }

    /** Where the writer writes; closing it ends the stream. */
    OutputStream sink() {
        return new BufferedOutputStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                put(new byte[] {(byte) b});
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                put(Arrays.copyOfRange(bytes, offset, offset + length));
            }

            @Override
            public void close() throws IOException {
                put(END);
            }
        }, CHUNK);
    }

    /** The writer failed: the reader gets an error instead of the end of the stream. */
    void fail(Exception cause) {
        failure = cause;
        try {
            put(FAILED);
        } catch (IOException e) {
            // the reader is gone already
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (position == current.length) {
            if (current == END) {
                return -1;
            }
            try {
                current = chunks.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting for the export");
            }
            position = 0;
            if (current == FAILED) {
                current = END;
                throw new IOException("the export failed while it was being written", failure);
            }
        }
        int count = Math.min(length, current.length - position);
        System.arraycopy(current, position, bytes, offset, count);
        position += count;
        return count;
    }

    @Override
    public void close() {
        closed = true;
        chunks.clear();
    }

    private void put(byte[] chunk) throws IOException {
        long deadline = System.nanoTime() + stall.toNanos();
        try {
            while (!chunks.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                if (closed || System.nanoTime() > deadline) {
                    throw new IOException("the client stopped reading the export");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while writing the export");
        }
        if (closed) {
            chunks.clear();
            throw new IOException("the client stopped reading the export");
        }
    }
}
