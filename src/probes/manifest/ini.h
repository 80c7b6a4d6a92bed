// A small reader for INI-style Python tool configs (setup.cfg, tox.ini,
// .flake8, mypy.ini, pytest.ini, .coveragerc): sections, keys and values
// with their lines. Values continue on indented lines, as configparser
// reads them. No interpolation, no includes.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace practrack::manifest {

struct IniKey {
  std::string name;
  std::string value;  // continuation lines joined with '\n'
  int line = 0;
  std::vector<int> value_lines;  // line of each value line (first may be `line`)
};

struct IniSection {
  std::string name;
  int line = 0;
  std::vector<IniKey> keys;
  const IniKey* find(std::string_view key) const;
};

// Sections in file order; keys before any section are dropped.
std::vector<IniSection> read_ini(std::string_view text);

}  // namespace practrack::manifest
