package org.servicechain.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Starts {@code OpenSearchNodeMain} (src/opensearch/java, compiled in the
 * {@code opensearch} profile) in a child JVM on the test classpath, on a free port of
 * 127.0.0.1, and waits until it says it started. Its log goes to
 * {@code target/opensearch-node.log}.
 */
final class OpenSearchNode {

	private @Nullable Process process;

	private int port;

	synchronized void start() {
		if (this.process != null) {
			return;
		}
		try (ServerSocket socket = new ServerSocket(0)) {
			this.port = socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			Path home = Files.createTempDirectory("servicechain-opensearch");
			Path log = Path.of("target", "opensearch-node.log");
			List<String> command = new ArrayList<>();
			command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
			command.add("-Xmx512m");
			// Spring Boot's log4j-to-slf4j is on the same classpath; the node needs
			// Log4j's own.
			command.add("-Dlog4j.provider=org.apache.logging.log4j.core.impl.Log4jProvider");
			command.add("-cp");
			command.add(System.getProperty("java.class.path"));
			command.add("org.servicechain.search.OpenSearchNodeMain");
			command.add(home.toString());
			command.add(Integer.toString(this.port));
			Process started = new ProcessBuilder(command).redirectErrorStream(true).start();
			this.process = started;
			BufferedReader output = new BufferedReader(
					new InputStreamReader(started.getInputStream(), StandardCharsets.UTF_8));
			Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
			StringBuilder seen = new StringBuilder();
			String line;
			while ((line = output.readLine()) != null) {
				seen.append(line).append('\n');
				if (line.equals("STARTED")) {
					Thread drain = new Thread(() -> drain(output, log), "opensearch-node-log");
					drain.setDaemon(true);
					drain.start();
					Files.writeString(log, seen);
					return;
				}
				if (Instant.now().isAfter(deadline)) {
					break;
				}
			}
			Files.writeString(log, seen);
			started.destroyForcibly();
			throw new IllegalStateException("OpenSearch did not start; see " + log.toAbsolutePath());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String uri() {
		return "http://127.0.0.1:" + this.port;
	}

	synchronized void stop() {
		Process running = this.process;
		if (running != null) {
			try {
				running.getOutputStream().close();
			}
			catch (IOException ex) {
				// It is being stopped anyway.
			}
			running.destroy();
			this.process = null;
		}
	}

	private static void drain(BufferedReader output, Path log) {
		try {
			String line;
			while ((line = output.readLine()) != null) {
				Files.writeString(log, line + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
			}
		}
		catch (IOException ex) {
			// The node stopped.
		}
	}

}
