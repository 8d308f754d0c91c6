"""Junos configuration: the engine (tree, formats, load semantics, diff, validation) and the database.

The public entry point of the engine is :mod:`jetemu.config.engine`.
"""
