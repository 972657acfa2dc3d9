"""Every operation of the three specs answers with its documented example through the fake.

Each operation is called through the generated client (sync and async) with its required
parameters and required body fields, valued from the spec's examples where present. The
parsed result must equal the spec's 200 example, or, where the spec has none, be of the
type the client method declares. Also: `PKG.testing` is a separate module that a plain
`import PKG` does not load.
"""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys

import pytest

from .conftest import (
    FAKES,
    PACKAGES,
    ROOT,
    SYNC_CLIENTS,
    Mode,
    SpecOperation,
    all_operations,
    client_ops,
    conforms,
    declared_return,
    example_arguments,
    make_client,
    make_fake,
    operation_params,
    resolve,
    spec_operations,
    success_example,
    sync_and_async,
    wire,
)

OPERATIONS = all_operations()


def _success_status(op: SpecOperation) -> int:
    return int(next(str(s) for s in op.node["responses"] if str(s).startswith("2")))


@sync_and_async
@pytest.mark.parametrize("op", operation_params(OPERATIONS))
async def test_operation_answers_with_its_example(
    op: SpecOperation, mode: Mode
) -> None:
    fake = make_fake(op.package)
    client = make_client(op.package, mode, fake)
    args = example_arguments(op)

    result = await resolve(op.bound(client)(**args))

    [call] = fake.calls
    assert call.name == op.name
    assert call.operation_id == op.operation_id
    assert call.method == op.method
    assert call.status == _success_status(op)
    for param in op.client_op.params:
        if param.location == "path":
            assert call.path_params[param.wire] == str(args[param.name])
        elif param.location == "query" and param.name in args:
            assert call.query[param.wire] == [str(args[param.name])]
    if op.client_op.body is not None:
        body = op.client_op.body
        sent = {w: args[name] for name, w in body.fields if name in args}
        assert call.body == (sent if sent or body.required else None)
    found, example = success_example(op)
    if found:
        assert wire(result) == example
    else:
        declared = declared_return(op, client)
        assert conforms(result, declared), f"{result!r} is not a {declared}"


def test_every_operation_is_tested() -> None:
    for package in PACKAGES:
        # every client operation is one of the spec's, so the parametrization covers all
        assert len(spec_operations(package)) == len(client_ops(package)) > 0
    with_example = [op for op in OPERATIONS if success_example(op)[0]]
    # most answers are compared with the spec's example, not just type-checked
    assert len(with_example) > 0.8 * len(OPERATIONS)


@pytest.mark.parametrize("package", PACKAGES)
def test_fake_knows_every_operation_by_name_and_operation_id(package: str) -> None:
    fake = make_fake(package)
    for op in spec_operations(package):
        assert fake.calls_to(op.name) == []
        assert fake.calls_to(op.operation_id) == []
    with pytest.raises(KeyError):
        fake.calls_to("no_such.operation")


@pytest.mark.parametrize("package", PACKAGES)
def test_testing_module_exports(package: str) -> None:
    testing = importlib.import_module(f"{package}.testing")
    fake_cls = FAKES[package]
    assert set(testing.__all__) == {"Call", fake_cls.__name__, "Reply"}
    assert getattr(testing, fake_cls.__name__) is fake_cls
    assert fake_cls.__name__ == f"Fake{SYNC_CLIENTS[package].__name__}"
    fake = fake_cls()
    assert fake.validate is True and fake.calls == []
    assert fake_cls(validate=False).validate is False


_CHECK_IMPORTS = """
import json, sys
import {package}
client = {package}.{client}(http_client=None)
client.{resource}
before = sorted(m for m in sys.modules if m.startswith("{package}."))
import {package}.testing
print(json.dumps([before, "{package}._fake" in sys.modules]))
"""


@pytest.mark.parametrize("package", PACKAGES)
def test_importing_the_package_does_not_load_the_fake(package: str) -> None:
    op = spec_operations(package)[0]
    code = _CHECK_IMPORTS.format(
        package=package, client=SYNC_CLIENTS[package].__name__, resource=op.resource
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(package.upper())}
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
        timeout=60,
    )
    loaded, fake_loaded_by_testing = json.loads(out.stdout)
    assert f"{package}._client" in loaded  # the check sees what was imported
    assert f"{package}.testing" not in loaded
    assert f"{package}._fake" not in loaded
    assert fake_loaded_by_testing  # importing the testing module brings the fake in
