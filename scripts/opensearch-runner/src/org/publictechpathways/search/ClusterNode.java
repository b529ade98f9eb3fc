package org.publictechpathways.search;

import java.util.Arrays;
import java.util.List;

import org.codelibs.opensearch.runner.OpenSearchRunner;

/**
 * One OpenSearch node of a cluster whose nodes run in separate java processes (so that one
 * can be killed or frozen on its own), started through the runner's settings Builder.
 *
 * <p>The runner's command line options are passed through (-basePath, -clusterName, ...; its
 * -numOfNode must be 1). The node's own settings come from system properties:
 * <ul>
 * <li>{@code ptp.node.name}: the node's name, unique in the cluster;</li>
 * <li>{@code ptp.http.port} and {@code ptp.transport.port}: its two ports on 127.0.0.1;</li>
 * <li>{@code ptp.seed.hosts}: host:transport-port of every node, comma-separated;</li>
 * <li>{@code ptp.cluster.managers}: the names of the cluster-manager-eligible nodes that
 * bootstrap the cluster, comma-separated; empty for a single-node cluster.</li>
 * </ul>
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    private static String required(final String name) {
        final String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("The system property " + name + " is required.");
        }
        return value.trim();
    }

    private static List<String> list(final String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public static void main(final String[] args) throws Exception {
        final String name = required("ptp.node.name");
        final String httpPort = required("ptp.http.port");
        final String transportPort = required("ptp.transport.port");
        final List<String> seeds = list(System.getProperty("ptp.seed.hosts", ""));
        final List<String> managers = list(System.getProperty("ptp.cluster.managers", ""));

        final OpenSearchRunner runner = new OpenSearchRunner();
        runner.onBuild((number, settings) -> {
            settings.put("node.name", name);
            settings.put("network.host", "127.0.0.1");
            settings.put("http.port", httpPort);
            settings.put("transport.port", transportPort);
            settings.putList("node.roles", "cluster_manager", "data", "ingest");
            if (managers.isEmpty()) {
                settings.put("discovery.type", "single-node");
            } else {
                settings.put("discovery.type", "zen");
                settings.putList("discovery.seed_hosts", seeds);
                settings.putList("cluster.initial_cluster_manager_nodes", managers);
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                runner.close();
            } catch (final Exception e) {
                System.err.println("Closing the node failed: " + e);
            }
        }));
        try {
            runner.build(args);
        } catch (final RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
        while (!runner.isClosed()) {
            Thread.sleep(5000);
        }
    }
}
