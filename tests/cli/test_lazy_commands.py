"""A run registers only its own command; the command table must name every command."""

from __future__ import annotations

import argparse
import importlib

from caglossary.cli import COMMAND_MODULE_OF, COMMAND_MODULES, build_parser


def _registered(module: str) -> set[str]:
    parser = argparse.ArgumentParser()
    commands = parser.add_subparsers()
    importlib.import_module(module).register(commands, argparse.ArgumentParser(add_help=False))
    return set(commands.choices)


def test_every_command_is_filed_under_the_module_that_adds_it():
    filed = {name: module for module in COMMAND_MODULES for name in _registered(module)}
    assert filed == COMMAND_MODULE_OF


def test_a_known_command_gets_only_its_own_parser():
    parser = build_parser("annotate")
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(commands.choices) == {"annotate"}
    assert parser.parse_args(["annotate", "x.txt"]).files == ["x.txt"]


def test_an_unknown_or_missing_command_gets_every_parser():
    for command in (None, "annotat", "--help"):
        parser = build_parser(command)
        commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
        assert set(commands.choices) == set(COMMAND_MODULE_OF)
