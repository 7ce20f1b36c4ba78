#!/usr/bin/env python3
"""Evaluates every query of the Grafana dashboard against a Prometheus and prints a table (used by dashboard-live.sh).

A query is "external" when one of its metrics comes only from something the local stack does not run, in the terms
of k8s DashboardTest (ExportedMetrics.java) and docs/kubernetes.md:
  - kafka-exporter's metrics (the KAFKA_EXPORTER list),
  - Triton's documented metrics that triton-sim does not export (the TRITON list minus the nv_* names in triton-sim's
    sources), e.g. the GPU memory of a real GPU,
  - vLLM's metrics (the VLLM list), served by a real Triton with the vLLM backend,
  - the orchestrator's EvalRun gauges (evalstream_evalrun_*), which exist only for EvalRun resources, i.e. with a
    Kubernetes API (EVALSTREAM_KUBERNETES_ENABLED=true).
Every other query must return data (a sample that is a number) in the window, and none of its metrics may have been
scraped as NaN (a gauge whose object was garbage collected reads NaN); the exit status is 1 otherwise.
"""
import argparse
import json
import math
import pathlib
import re
import sys
import urllib.parse
import urllib.request

PROMQL_WORDS = {"sum", "avg", "min", "max", "count", "rate", "irate", "increase", "histogram_quantile", "clamp_min",
                "clamp_max", "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless",
                "topk", "bottomk", "delta", "abs"}
IDENTIFIER = re.compile(r"[a-zA-Z_:][a-zA-Z0-9_:]*")


def metric_names(expr):
    """The metric names of a query, as DashboardTest.metricNames finds them."""
    stripped = re.sub(r'"(\\.|[^"])*"', '""', expr)
    stripped = re.sub(r"\{[^}]*}", "", stripped)
    stripped = re.sub(r"\b(by|without|on|ignoring)\s*\([^)]*\)", "", stripped)
    stripped = re.sub(r"\[[^]]*]", "", stripped)
    names = []
    for m in IDENTIFIER.finditer(stripped):
        number = m.start() > 0 and stripped[m.start() - 1].isdigit()
        if m.group() not in PROMQL_WORDS and not number and m.group() not in names:
            names.append(m.group())
    return names


def java_list(source, name):
    m = re.search(r"static final List<String> " + name + r" = List\.of\((.*?)\);", source, re.S)
    if not m:
        sys.exit(f"no list {name} in ExportedMetrics.java")
    return re.findall(r'"([a-z_:]+)"', m.group(1))


def external_sources(repo):
    exported = (repo / "k8s/src/test/java/io/evalstream/k8s/ExportedMetrics.java").read_text()
    sim = set()
    for source in (repo / "triton-sim/src/main/java").rglob("*.java"):
        sim.update(re.findall(r"\b(nv_[a-z_]+)", source.read_text()))
    external = {}
    for metric in java_list(exported, "KAFKA_EXPORTER"):
        external[metric] = "kafka-exporter (not run locally)"
    for metric in java_list(exported, "VLLM"):
        external[metric] = "vLLM in Triton (not run locally)"
    for metric in java_list(exported, "TRITON"):
        if metric not in sim:
            external[metric] = "Triton with a GPU (triton-sim does not export it)"
    return sim, external


def external_reason(metric, external):
    if metric in external:
        return external[metric]
    if metric.startswith("evalstream_evalrun_"):
        return "orchestrator, EvalRuns only (needs a Kubernetes API)"
    return None


def substitute(expr, variables):
    """Grafana's variables: $__rate_interval and friends, then $name / ${name} / [[name]] from --var."""
    for name, value in sorted(variables.items(), key=lambda kv: -len(kv[0])):
        expr = expr.replace("${" + name + "}", value).replace("[[" + name + "]]", value)
        expr = re.sub(r"\$" + re.escape(name) + r"\b", lambda _: value, expr)
    left = re.findall(r"\$\{?\w+|\[\[\w+]]", expr)
    if left:
        sys.exit(f"no value for Grafana variable(s) {left} in: {expr} (give --var NAME=VALUE)")
    return expr


def api(base, path, params):
    url = base + path + "?" + urllib.parse.urlencode(params, doseq=True)
    with urllib.request.urlopen(url, timeout=30) as response:
        body = json.load(response)
    if body.get("status") != "success":
        raise RuntimeError(f"{path}: {body}")
    return body["data"]


def evaluate(base, expr, start, end, step):
    """(series with at least one numeric sample, all series) of a range query."""
    data = api(base, "/api/v1/query_range", {"query": expr, "start": start, "end": end, "step": step})
    with_numbers = 0
    for series in data["result"]:
        if any(not math.isnan(float(v)) for _, v in series["values"]):
            with_numbers += 1
    return with_numbers, len(data["result"])


def nan_series(base, metric, start, end, step):
    """The series of a metric that were scraped as NaN at least once in the window (NaN is the one value != itself)."""
    data = api(base, "/api/v1/query_range", {"query": f"{metric} != {metric}", "start": start, "end": end,
                                              "step": step})
    return [series["metric"] for series in data["result"]]


def jobs_exporting(base, metric, start, end):
    series = api(base, "/api/v1/series", {"match[]": metric, "start": start, "end": end})
    return sorted({s.get("job", "?") for s in series})


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--prometheus", required=True, help="base URL, e.g. http://127.0.0.1:9090")
    parser.add_argument("--start", type=float, required=True, help="window start, Unix seconds")
    parser.add_argument("--end", type=float, required=True, help="window end, Unix seconds")
    parser.add_argument("--step", default="5s")
    parser.add_argument("--repo", default=str(pathlib.Path(__file__).resolve().parent.parent))
    parser.add_argument("--dashboard", help="default: k8s/base/monitoring/dashboards/evalstream.json")
    parser.add_argument("--var", action="append", default=[], help="NAME=VALUE for a dashboard variable")
    parser.add_argument("--scrape-interval", default="1s")
    args = parser.parse_args()

    repo = pathlib.Path(args.repo)
    dashboard = json.loads(pathlib.Path(args.dashboard or repo / "k8s/base/monitoring/dashboards/evalstream.json")
                           .read_text())
    span = f"{max(1, int(args.end - args.start))}s"
    variables = {"__rate_interval": "1m", "__interval": args.step, "__range": span,
                 "__range_s": span[:-1], "__scrape_interval": args.scrape_interval}
    for item in (dashboard.get("templating") or {}).get("list", []):
        current = (item.get("current") or {}).get("value")
        if item.get("type") != "datasource" and isinstance(current, str):
            variables[item["name"]] = current
    for assignment in args.var:
        name, _, value = assignment.partition("=")
        variables[name] = value
    _, external = external_sources(repo)

    rows, failed, with_data, externals = [], 0, 0, 0
    for panel in dashboard["panels"]:
        for target in panel.get("targets", []):
            expr = substitute(target["expr"], variables)
            metrics = metric_names(expr)
            numeric, total = evaluate(args.prometheus, expr, args.start, args.end, args.step)
            result = f"data ({numeric} series)" if numeric else ("no data" if total == 0 else "NaN only")
            reasons = sorted({r for r in (external_reason(m, external) for m in metrics) if r})
            if reasons:
                verdict, externals = "external", externals + 1
                source = "; ".join(reasons)
            else:
                sources, nans = [], []
                for metric in metrics:
                    jobs = jobs_exporting(args.prometheus, metric, args.start, args.end)
                    sources.append(",".join(jobs) if jobs else f"{metric}: nothing")
                    nans += [f"{metric} NaN in {s.get('job', '?')}/{s.get('pod', '?')}"
                             for s in nan_series(args.prometheus, metric, args.start, args.end, args.step)]
                source = "; ".join(dict.fromkeys(sources + nans))
                if numeric and not nans:
                    verdict, with_data = "ok", with_data + 1
                else:
                    verdict, failed = "FAIL", failed + 1
                    result = result if not nans else f"{result}, NaN scraped"
            rows.append((panel["title"], expr, result, verdict, source))

    headers = ("panel", "expression", "result", "verdict", "source")
    widths = [max(len(headers[i]), *(len(r[i]) for r in rows)) for i in range(len(headers) - 1)]
    line = "  ".join(f"{{:<{w}}}" for w in widths) + "  {}"
    print(line.format(*headers))
    for row in rows:
        print(line.format(*row))
    print(f"\n{len(rows)} queries: {with_data} with data, {externals} external, {failed} without data or with NaN")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
