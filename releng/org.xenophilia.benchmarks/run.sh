#!/usr/bin/env bash
# Runs a benchmark of the headless bundles or of the Agent on a plain JVM.
#   releng/org.xenophilia.benchmarks/run.sh [foundation] [documents] [rounds]
#   releng/org.xenophilia.benchmarks/run.sh agent-rss [domains=100] [settle-seconds=20]
#   releng/org.xenophilia.benchmarks/run.sh agent-rpc [clients=8] [seconds-per-phase=5] [rounds=3] [domains=100]
#   releng/org.xenophilia.benchmarks/run.sh agent-events [changes=1000]
#   releng/org.xenophilia.benchmarks/run.sh agent-slow-clients [connections=1000] [admin-calls=100]
#   releng/org.xenophilia.benchmarks/run.sh agent-load [clients=200] [calls-per-client=10000] [wire=both]
#   releng/org.xenophilia.benchmarks/run.sh agent-scale [counts=100,1000,10000] [rounds=2]
#   releng/org.xenophilia.benchmarks/run.sh agent-storage [volumes=1000] [settle-seconds=20] [list-rounds=5]
#   releng/org.xenophilia.benchmarks/run.sh network-apply [rounds=20]   (as root: a network namespace plays the node)
#   releng/org.xenophilia.benchmarks/run.sh network-agent [networks=50] [rounds=20] [settle-seconds=20]   (as root)
#   releng/org.xenophilia.benchmarks/run.sh image-deploy [disk-MiB=1024] [rounds=3] [tree=the JDK]   (needs xz, zstd, e2fsprogs)
#   releng/org.xenophilia.benchmarks/run.sh workbench-events [agents=10] [domains=1000] [changes=1000]
#   releng/org.xenophilia.benchmarks/run.sh workbench-load [nodes=100] [domains=100] [agents=10]   (-Xmx512m)
# Builds the benchmark and the bundles it measures first (tests skipped). The Agent benchmarks start the Agent as a
# separate JVM with the JVM flags of the .deb's launcher (releng/org.xenophilia.agent.deb/src/deb/usr/sbin/xenophiliad).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
cd "$HERE/../.."
./mvnw -B -q -DskipTests package -pl releng/org.xenophilia.benchmarks -am
which="${1:-foundation}"; shift || true
case "$which" in
    foundation) main=org.xenophilia.benchmarks.FoundationBenchmark ;;
    agent-rss) main=org.xenophilia.benchmarks.agent.AgentRssBenchmark ;;
    agent-rpc) main=org.xenophilia.benchmarks.agent.RpcThroughputBenchmark ;;
    agent-events) main=org.xenophilia.benchmarks.agent.EventLatencyBenchmark ;;
    agent-slow-clients) main=org.xenophilia.benchmarks.agent.SlowClientsBenchmark ;;
    agent-load) main=org.xenophilia.benchmarks.agent.LoadBenchmark ;;
    agent-storage) main=org.xenophilia.benchmarks.agent.StorageBenchmark ;;
    agent-scale) main=org.xenophilia.benchmarks.agent.AgentScaleBenchmark
        heap=-Xmx2g ;; # the Workbench's model of 10,000 domains in this JVM
    image-deploy) main=org.xenophilia.benchmarks.image.ImageDeployBenchmark
        heap=-Xmx64m ;; # the Agent's heap (its launcher's): the deployer runs in it, and sizes its decoders by it
    network-apply) main=org.xenophilia.benchmarks.network.NetworkApplyBenchmark ;;
    network-agent) main=org.xenophilia.benchmarks.network.NetworkAgentBenchmark ;;
    workbench-events) main=org.xenophilia.benchmarks.workbench.WorkbenchModelBenchmark; set -- events "$@" ;;
    workbench-load) main=org.xenophilia.benchmarks.workbench.WorkbenchModelBenchmark; set -- load "$@"
        heap=-Xmx512m ;;
    *) echo "run.sh: unknown benchmark '$which' (known: foundation agent-rss agent-rpc agent-events agent-slow-clients agent-load agent-scale agent-storage image-deploy network-apply network-agent workbench-events workbench-load)" >&2; exit 2 ;;
esac
exec java "${heap:--Xmx1g}" -cp "$HERE/target/classes:$(cat "$HERE/target/classpath.txt")" "$main" "$@"
