// Regression (trial 9, rubocop/rubocop): the --version flag declared
// through the program's own OptionParser helper, `option(opts, '-v',
// '--version')`, was not seen, so version-command was not started.
#include <gtest/gtest.h>

#include "support/assess.h"
#include "util/text.h"

namespace practrack {
namespace {

using test_support::assess;

MemoryTree gem_like(std::string options_rb) {
  MemoryTree t;
  t.add("rubocop.gemspec", "Gem::Specification.new do |s|\n  s.name = 'rubocop'\nend\n");
  t.add("exe/rubocop", "#!/usr/bin/env ruby\nrequire 'rubocop'\n");
  t.add("lib/rubocop/options.rb", std::move(options_rb));
  return t;
}

TEST(RubyVersionOption, OwnOptionHelperDeclaresVersion) {
  Assessment a = assess(gem_like("module RuboCop\n  class Options\n"
                                 "    def add_general_options(opts)\n"
                                 "      option(opts, '-d', '--debug')\n"
                                 "      option(opts, '-v', '--version')\n"
                                 "    end\n  end\nend\n"),
                        "version-command");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
  ASSERT_FALSE(a.evidence.empty());
  EXPECT_EQ(a.evidence[0].line, 5);
}

TEST(RubyVersionOption, OptionParserOnStillCounts) {
  Assessment a = assess(gem_like("OptionParser.new do |opts|\n"
                                 "  opts.on('-v', '--version', 'Show version') { puts VERSION }\n"
                                 "end\n"),
                        "version-command");
  EXPECT_EQ(a.status, Status::adopted) << a.note;
}

TEST(RubyVersionOption, VersionWordInAStringIsNoFlag) {
  Assessment a = assess(gem_like("puts 'run with --version to see it'\n"), "version-command");
  EXPECT_NE(a.status, Status::adopted) << a.note;
}

}  // namespace
}  // namespace practrack
