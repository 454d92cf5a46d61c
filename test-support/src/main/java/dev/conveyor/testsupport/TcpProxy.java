package dev.conveyor.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback TCP proxy in front of a server (PostgreSQL, Redis) that can fail
 * the way networks and processes fail, while the server behind it keeps
 * running with its data:
 * <ul>
 *   <li>{@link #cut()}: a partition or a stopped server; open connections are
 *       closed and new ones are closed on arrival, until {@link #restore()};</li>
 *   <li>{@link #killClients()}: the clients' process is killed; the server sees
 *       their connections end at once, and the clients, which in a test live
 *       on, hear nothing more: their connections stay open and silent, and new
 *       ones are accepted and left silent, so they can never act again.</li>
 * </ul>
 */
public final class TcpProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();
    private final List<Socket> servers = new CopyOnWriteArrayList<>();
    private volatile boolean cut;
    private volatile boolean clientsKilled;

    public TcpProxy(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return listener.getLocalPort();
    }

    public void cut() {
        cut = true;
        clients.forEach(TcpProxy::closeQuietly);
        servers.forEach(TcpProxy::closeQuietly);
        clients.clear();
        servers.clear();
    }

    public void restore() {
        cut = false;
    }

    public void killClients() {
        clientsKilled = true;
        servers.forEach(TcpProxy::closeQuietly);
        servers.clear();
    }

    @Override
    public void close() {
        cut();
        closeQuietly(listener);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (clientsKilled) {
                    clients.add(client);
                    continue;
                }
                if (cut) {
                    closeQuietly(client);
                    continue;
                }
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                clients.add(client);
                servers.add(server);
                pump(client, server, client, server);
                pump(server, client, client, server);
            } catch (IOException closed) {
                // the listener closed, or the target refused: the client sees its connection end
            }
        }
    }

    private void pump(Socket from, Socket to, Socket client, Socket server) {
        Thread thread = new Thread(() -> {
            // the streams are not closed here: closing one closes its socket, and a killed client's must stay open
            try {
                InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream();
                in.transferTo(out);
            } catch (IOException closed) {
                // one side went away
            } finally {
                closeQuietly(server);
                if (!clientsKilled) {
                    closeQuietly(client);
                }
            }
        }, "tcp-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing is all that is wanted
        }
    }
}
