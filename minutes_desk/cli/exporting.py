"""Placeholder: this area's commands are being written."""

import argparse


def register(subparsers: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """Adds no commands yet."""
