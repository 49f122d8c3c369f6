"""No Docker engine runs here, so these tests check that docker-compose.yml, deploy/*.Dockerfile and
deploy/k8s/ agree with the code: workspace members, ports and env prefixes from each Settings class,
env var names that exist as settings fields, databases per service; and they replay each
Dockerfile's build steps (its COPY lines and `uv sync --frozen --package <member>`) in a temporary
folder to prove the image would install from the lock file and import its member."""

from __future__ import annotations

import glob
import importlib
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from urllib.parse import urlparse

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
K8S = DEPLOY / "k8s"
SERVICES = ("customs", "claims", "offlabel", "inspections")
RUNNABLE = (*SERVICES, "gateway")


def settings_class(member: str):
    if member == "gateway":
        from gateway.settings import GatewaySettings

        return GatewaySettings
    return importlib.import_module(f"{member}.main").Settings


def prefix_of(member: str) -> str:
    return settings_class(member).model_config["env_prefix"]


def port_of(member: str) -> int:
    return settings_class(member).model_fields["port"].default


def is_setting(member: str, env_name: str) -> bool:
    """Whether an env var name is read by the member's Settings class (prefix + field name)."""
    prefix = prefix_of(member)
    return env_name.startswith(prefix) and env_name[len(prefix) :].lower() in settings_class(member).model_fields


def workspace_members() -> dict[str, Path]:
    """Workspace member name -> folder, from the root pyproject's globs and each member's pyproject."""
    root = tomllib.loads((ROOT / "pyproject.toml").read_text())
    out = {}
    for pattern in root["tool"]["uv"]["workspace"]["members"]:
        for folder in sorted(glob.glob(str(ROOT / pattern))):
            pp = Path(folder) / "pyproject.toml"
            if pp.is_file():
                out[tomllib.loads(pp.read_text())["project"]["name"]] = Path(folder)
    return out


def dockerfile(member: str) -> Path:
    return DEPLOY / f"{member}.Dockerfile"


def instructions(path: Path) -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with continuation lines joined and comments dropped."""
    out, buf = [], ""
    for line in path.read_text().splitlines():
        if not buf and (not line.strip() or line.lstrip().startswith("#")):
            continue
        buf += line.rstrip("\\").strip() + " "
        if not line.rstrip().endswith("\\"):
            word, _, rest = buf.strip().partition(" ")
            out.append((word.upper(), rest.strip()))
            buf = ""
    return out


def stages(path: Path) -> list[list[tuple[str, str]]]:
    result: list[list[tuple[str, str]]] = []
    for ins in instructions(path):
        if ins[0] == "FROM":
            result.append([])
        result[-1].append(ins)
    return result


def compose() -> dict:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text())


def k8s_docs() -> list[dict]:
    docs = []
    for f in sorted(K8S.glob("*.yaml")):
        docs += [d for d in yaml.safe_load_all(f.read_text()) if d]
    return docs


def by_kind(kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for d in k8s_docs() if d["kind"] == kind}


def workload(member: str) -> dict:
    """A service's Deployment, or the gateway's StatefulSet (stable names for HAProxy peers)."""
    return by_kind("StatefulSet")["gateway"] if member == "gateway" else by_kind("Deployment")[member]


# ------------------------------------------------------------------ members, ports, prefixes


def test_every_runnable_member_has_a_dockerfile_and_nothing_else_does():
    members = workspace_members()
    runnable = {name for name, folder in members.items() if list(folder.glob("src/*/__main__.py"))}
    assert runnable == set(RUNNABLE)
    assert {p.name.removesuffix(".Dockerfile") for p in DEPLOY.glob("*.Dockerfile")} == runnable


def test_ports_follow_the_architecture_table_and_the_gateway_defaults():
    from gateway.settings import UPSTREAMS

    assert port_of("gateway") == 8000
    assert [port_of(s) for s in SERVICES] == [8001, 8002, 8003, 8004]
    for name, (prefix, url) in UPSTREAMS.items():
        assert prefix == f"/{name}"
        assert urlparse(url).port == port_of(name), f"gateway default URL of {name} is not its Settings port"
    for member in RUNNABLE:
        assert prefix_of(member) == member.upper() + "_"


# ------------------------------------------------------------------ Dockerfiles


@pytest.mark.parametrize("member", RUNNABLE)
def test_dockerfile_installs_its_member_from_the_lock_and_runs_it(member):
    members = workspace_members()
    build, runtime = stages(dockerfile(member))
    runs = [a for i, a in build if i == "RUN"]
    assert runs and all("uv sync --frozen" in r and f"--package {member}" in r for r in runs), "install from the lock, this member only"
    copies = [a.split() for i, a in build if i == "COPY" and not a.startswith("--from")]
    copied = {src for args in copies for src in args[:-1]}
    assert {"pyproject.toml", "uv.lock"} <= copied
    # uv needs every workspace member's pyproject.toml to read the workspace.
    assert {str((f / "pyproject.toml").relative_to(ROOT)) for f in members.values()} <= copied
    assert str((members[member] / "src").relative_to(ROOT)) in copied
    assert "shared/src" in copied
    for src in copied:
        assert (ROOT / src).exists(), f"COPY source {src} does not exist"
    port = port_of(member)
    env = " ".join(a for i, a in runtime if i == "ENV")
    assert f"{prefix_of(member)}PORT={port}" in env
    assert is_setting(member, f"{prefix_of(member)}PORT")
    assert ("EXPOSE", str(port)) in runtime
    assert ("CMD", f'["python", "-m", "{member}"]') in runtime
    health = next(a for i, a in runtime if i == "HEALTHCHECK")
    assert f"127.0.0.1:{port}/healthz" in health
    assert any(i == "USER" and a != "root" and a != "0" for i, a in runtime), "runs as a non-root user"


def _uv() -> list[str]:
    found = shutil.which("uv")
    if found:
        return [found]
    return [sys.executable, "-m", "uv"]


def _replay_build_stage(member: str, workdir: Path) -> Path:
    """Do what the Dockerfile's build stage does, in a temporary folder instead of an image."""
    build = stages(dockerfile(member))[0]
    src_root, venv = workdir / "src", workdir / "app" / ".venv"
    src_root.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIRTUAL_ENV")}
    for ins, args in build:
        if ins == "ENV":
            for k, v in re.findall(r"(\w+)=(\S+)", args):
                env[k] = v
        elif ins == "COPY" and not args.startswith("--from"):
            *sources, dest = args.split()
            for s in sources:
                target = src_root / dest / Path(s).name if dest.endswith("/") else src_root / dest
                target.parent.mkdir(parents=True, exist_ok=True)
                if (ROOT / s).is_dir():
                    shutil.copytree(ROOT / s, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"), dirs_exist_ok=True)
                else:
                    shutil.copy2(ROOT / s, target)
        elif ins == "RUN":
            argv = [a for a in shlex.split(args) if not a.startswith("--mount=")]
            assert argv[:2] == ["uv", "sync"], argv
            env["UV_PROJECT_ENVIRONMENT"] = str(venv)
            cmd = _uv() + argv[1:]
            done = subprocess.run([*cmd, "--offline"], cwd=src_root, env=env, capture_output=True, text=True)
            if done.returncode != 0:  # not everything in the local uv cache: fetch, as the image build would
                done = subprocess.run(cmd, cwd=src_root, env=env, capture_output=True, text=True)
            assert done.returncode == 0, done.stderr[-3000:]
    return venv


@pytest.mark.parametrize("member", ["gateway", "offlabel"])
def test_dockerfile_build_steps_install_from_the_lock_file(member, tmp_path):
    venv = _replay_build_stage(member, tmp_path)
    py = venv / "bin" / "python"
    # The installed member imports from the image's environment alone (not from the source tree).
    probe = f"import {member}.main, shared, sys; assert '/src/' not in {member}.main.__file__, {member}.main.__file__; print('ok')"
    done = subprocess.run([str(py), "-c", probe], cwd=tmp_path, capture_output=True, text=True, env={"PATH": "/usr/bin:/bin"})
    assert done.returncode == 0 and done.stdout.strip() == "ok", done.stderr[-2000:]
    site = next((venv / "lib").glob("python3*/site-packages"))
    others = {m for m in RUNNABLE if m != member and (site / m).exists()}
    assert not others, f"the {member} image would also contain {others}"
    if member != "gateway":
        assert list((site / member / "migrations" / "versions").glob("*.py")), "migrations are shipped in the wheel"
    assert (site / "shared" / "data" / "regulations.yaml").is_file(), "the registry data file is shipped"


# ------------------------------------------------------------------ docker-compose.yml


def test_compose_runs_every_member_and_one_postgres_per_service():
    services = compose()["services"]
    # gateway-2: the second HAProxy replica, sharing its rate-limit table with `gateway` through peers.
    assert set(services) == set(RUNNABLE) | {f"{s}-db" for s in SERVICES} | {"gateway-2"}
    for member in RUNNABLE:
        assert services[member]["build"]["dockerfile"] == f"deploy/{member}.Dockerfile"
        assert (ROOT / services[member]["build"]["dockerfile"]).is_file()
        assert services[member]["build"]["context"] == "."
    for s in SERVICES:
        db = services[f"{s}-db"]
        assert db["image"].startswith("postgres:")
        assert db["environment"]["POSTGRES_DB"] == s


@pytest.mark.parametrize("member", RUNNABLE)
def test_compose_env_vars_are_settings_of_the_member(member):
    svc = compose()["services"][member]
    env = svc["environment"]
    for name in env:
        assert is_setting(member, name), f"{name} is not a field of {member}'s Settings (prefix {prefix_of(member)})"
    port = port_of(member)
    assert str(env[f"{prefix_of(member)}PORT"]) == str(port)
    assert any(str(p).endswith(f":{port}:{port}") or str(p) == f"{port}:{port}" for p in svc["ports"])


@pytest.mark.parametrize("service", SERVICES)
def test_compose_database_url_points_at_the_service_own_postgres(service):
    services = compose()["services"]
    url = services[service]["environment"][f"{service.upper()}_DATABASE_URL"]
    url = re.sub(r"\$\{[^}:]+:-([^}]*)\}", r"\1", url)  # ${VAR:-default} -> default
    parsed = urlparse(url)
    assert parsed.scheme == "postgresql"
    assert parsed.hostname == f"{service}-db" and parsed.port == 5432
    db = services[f"{service}-db"]["environment"]
    assert parsed.path.lstrip("/") == db["POSTGRES_DB"] and parsed.username == db["POSTGRES_USER"]
    assert parsed.password == re.sub(r"\$\{[^}:]+:-([^}]*)\}", r"\1", db["POSTGRES_PASSWORD"])
    assert f"{service}-db" in services[service]["depends_on"]


def test_compose_gateway_reaches_each_service_by_name_and_port():
    services = compose()["services"]
    env = services["gateway"]["environment"]
    for s in SERVICES:
        url = urlparse(env[f"GATEWAY_{s.upper()}_URL"])
        assert url.hostname == s and url.port == port_of(s)
        assert services[s]["environment"][f"{s.upper()}_GATEWAY_URL"] == f"http://gateway:{port_of('gateway')}"


# ------------------------------------------------------------------ Kubernetes


def _container_env(container: dict) -> dict[str, dict]:
    return {e["name"]: e for e in container.get("env", [])}


def test_k8s_kustomization_lists_every_manifest_but_the_secret_example():
    kust = yaml.safe_load((K8S / "kustomization.yaml").read_text())
    files = {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml", "secrets.example.yaml"}
    assert set(kust["resources"]) == files


@pytest.mark.parametrize("member", RUNNABLE)
def test_k8s_deployment_matches_the_member(member):
    dep = workload(member)
    svc = by_kind("Service")[member]
    pod = dep["spec"]["template"]["spec"]
    (container,) = pod["containers"]
    port = port_of(member)
    assert container["image"].startswith(f"regplat/{member}:")
    assert container["ports"][0]["containerPort"] == port
    assert svc["spec"]["ports"][0]["port"] == port and svc["spec"]["selector"] == dep["spec"]["selector"]["matchLabels"]
    if member == "gateway":  # a fixed number of HAProxy replicas, each one listed as a peer
        peers = _container_env(container)["GATEWAY_HAPROXY_PEERS"]["value"].split(",")
        assert dep["spec"]["replicas"] >= 2 and len(peers) == dep["spec"]["replicas"]
        assert [p.partition("=")[0] for p in peers] == [f"gateway-{i}" for i in range(dep["spec"]["replicas"])]
        assert all(p.partition("=")[2].startswith(f"gateway-{i}.{dep['spec']['serviceName']}:") for i, p in enumerate(peers))
        assert by_kind("Service")[dep["spec"]["serviceName"]]["spec"]["clusterIP"] == "None"
    else:
        hpa = by_kind("HorizontalPodAutoscaler")[member]
        assert hpa["spec"]["scaleTargetRef"]["name"] == member and hpa["spec"]["minReplicas"] >= 2
    assert container["livenessProbe"]["httpGet"]["path"] == "/healthz"
    # A service is ready when its database is; the gateway stays ready while one service is down
    # (its /readyz would take every route out of rotation), see deploy/k8s/gateway.yaml.
    assert container["readinessProbe"]["httpGet"]["path"] == ("/healthz" if member == "gateway" else "/readyz")
    assert {"requests", "limits"} <= set(container["resources"])
    for c in [container, *pod.get("initContainers", [])]:
        env = _container_env(c)
        for name in env:
            assert is_setting(member, name), f"{name} is not a field of {member}'s Settings"
        assert env[f"{prefix_of(member)}ENVIRONMENT"]["value"] == "production"
        assert f"{prefix_of(member)}JWKS_URL" in env


@pytest.mark.parametrize("service", SERVICES)
def test_k8s_service_database_url_comes_from_its_own_secret_and_postgres(service):
    dep = by_kind("Deployment")[service]
    pod = dep["spec"]["template"]["spec"]
    secrets = by_kind("Secret")
    for c in [*pod["containers"], *pod["initContainers"]]:
        ref = _container_env(c)[f"{service.upper()}_DATABASE_URL"]["valueFrom"]["secretKeyRef"]
        assert ref["name"] == f"{service}-db"
        url = urlparse(secrets[ref["name"]]["stringData"][ref["key"]])
        assert url.hostname == f"{service}-db" and url.path == f"/{service}"
    (init,) = pod["initContainers"]
    assert init["command"] == ["python", "-m", "shared.migrations", "upgrade", service]
    assert _container_env(pod["containers"][0])[f"{service.upper()}_MIGRATE_ON_START"]["value"] == "false"
    sts = by_kind("StatefulSet")[f"{service}-db"]
    pg = sts["spec"]["template"]["spec"]["containers"][0]
    pg_env = _container_env(pg)
    assert pg_env["POSTGRES_DB"]["value"] == service
    assert pg_env["POSTGRES_PASSWORD"]["valueFrom"]["secretKeyRef"]["name"] == f"{service}-db"
    assert by_kind("Service")[f"{service}-db"]["spec"]["ports"][0]["port"] == 5432


def test_k8s_references_resolve():
    config = by_kind("ConfigMap")["regplat-config"]["data"]
    secrets = by_kind("Secret")
    services = by_kind("Service")
    for dep in [*by_kind("Deployment").values(), workload("gateway")]:
        pod = dep["spec"]["template"]["spec"]
        for c in [*pod["containers"], *pod.get("initContainers", [])]:
            for e in c.get("env", []):
                src = e.get("valueFrom", {})
                if "configMapKeyRef" in src and not src["configMapKeyRef"].get("optional"):
                    assert src["configMapKeyRef"]["key"] in config, e["name"]
                if "secretKeyRef" in src and not src["secretKeyRef"].get("optional"):
                    assert src["secretKeyRef"]["key"] in secrets[src["secretKeyRef"]["name"]]["stringData"], e["name"]
    gw_env = _container_env(workload("gateway")["spec"]["template"]["spec"]["containers"][0])
    for s in SERVICES:
        url = urlparse(gw_env[f"GATEWAY_{s.upper()}_URL"]["value"])
        assert url.hostname in services and services[url.hostname]["spec"]["ports"][0]["port"] == url.port == port_of(s)
