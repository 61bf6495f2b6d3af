package org.servicechain.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.common.settings.Settings;
import org.opensearch.env.Environment;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.node.InternalSettingsPreparer;
import org.opensearch.node.Node;
import org.opensearch.transport.Netty4Plugin;

/**
 * A real single OpenSearch node for the search tests, run as a child process on
 * 127.0.0.1 from OpenSearch's jars on Maven Central (no container, no download): the
 * node with the HTTP transport, the common analysis module and the reindex module (its
 * {@code _delete_by_query} empties an index before a rebuild). Prints {@code STARTED}
 * when it answers, and stops when its parent closes its standard input.
 *
 * <pre>
 * java -cp … org.servicechain.search.OpenSearchNodeMain &lt;home&gt; &lt;http port&gt;
 * </pre>
 */
public final class OpenSearchNodeMain {

	private OpenSearchNodeMain() {
	}

	public static void main(String[] args) throws Exception {
		Path home = Path.of(args[0]);
		Files.createDirectories(home.resolve("config"));
		Settings settings = Settings.builder()
			.put("path.home", home.toString())
			.put("path.data", home.resolve("data").toString())
			.put("cluster.name", "servicechain-test")
			.put("node.name", "servicechain-test-node")
			.put("network.host", "127.0.0.1")
			.put("http.port", args[1])
			.put("transport.port", "0")
			.put("discovery.type", "single-node")
			.put("cluster.routing.allocation.disk.threshold_enabled", false)
			.build();
		Environment environment = InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), home.resolve("config"),
				() -> "servicechain-test-node");
		Node node = new TestNode(environment);
		node.start();
		System.out.println("STARTED");
		System.out.flush();
		while (System.in.read() != -1) {
			// Runs until the parent closes the pipe (or dies).
		}
		node.close();
		System.exit(0);
	}

	private static final class TestNode extends Node {

		TestNode(Environment environment) {
			super(environment, List.of(Netty4Plugin.class, CommonAnalysisPlugin.class, ReindexPlugin.class), true);
		}

	}

}
