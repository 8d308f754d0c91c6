# Sphinx configuration of the jetkit.junos documentation site (tools/docs/build.py runs Sphinx with
# it). Only settings: the pages themselves come from antsibull-docs and build.py.
from __future__ import annotations

import os

project = "jetkit.junos"
copyright = "jetkit.junos contributors"
title = "jetkit.junos Collection Documentation"
html_short_title = "jetkit.junos"

extensions = ["sphinx.ext.intersphinx", "sphinx_antsibull_ext"]
pygments_style = "ansible"
highlight_language = "YAML+Jinja"

html_theme = "sphinx_ansible_theme"
html_show_sphinx = False
display_version = False
html_use_smartypants = True
html_use_modindex = False
html_use_index = False
html_copy_source = False

# ansible-core's documentation: a local inventory of the targets the pages use (build.py writes it;
# the site itself is not reachable from our build machines).
intersphinx_mapping = {
    "ansible_devel": (
        "https://docs.ansible.com/projects/ansible/devel/",
        os.environ.get("JETKIT_DOCS_ANSIBLE_INVENTORY"),
    ),
}
intersphinx_timeout = 5

default_role = "any"
nitpicky = True
