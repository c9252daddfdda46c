// The progress line of the register imports: redrawn in place on a terminal, one line per step
// in a log or a pipe.

#include "directory/import_support.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <sstream>
#include <thread>

namespace directory = essaim::directory;

TEST(ImportProgress, RedrawsInPlaceOnATerminalAndWritesLinesElsewhere)
{
    std::ostringstream terminal, log;
    directory::ImportProgress in_place(&terminal, "unités légales", 1000, directory::ProgressStyle::InPlace);
    directory::ImportProgress lines(&log, "unités légales", 1000, directory::ProgressStyle::Lines);
    directory::ImportCounts counts;
    counts.read = 10;

    // Nothing before a second has passed.
    in_place.update(counts, 100);
    lines.update(counts, 100);
    EXPECT_TRUE(terminal.str().empty());
    EXPECT_TRUE(log.str().empty());

    std::this_thread::sleep_for(std::chrono::milliseconds(1050));
    in_place.update(counts, 500);
    lines.update(counts, 500);

    const std::string drawn = terminal.str();
    ASSERT_FALSE(drawn.empty());
    EXPECT_EQ(drawn.front(), '\r');
    EXPECT_NE(drawn.find("\x1b[K"), std::string::npos);  // clears what a longer line left
    EXPECT_EQ(drawn.find('\n'), std::string::npos);
    EXPECT_NE(drawn.find("10 lignes"), std::string::npos);
    EXPECT_NE(drawn.find("50 %"), std::string::npos);

    const std::string written = log.str();
    EXPECT_EQ(written.find('\r'), std::string::npos);
    EXPECT_EQ(std::count(written.begin(), written.end(), '\n'), 1);
    EXPECT_EQ(written.back(), '\n');

    // The end: the line redrawn in place is closed; a log gets no extra line.
    counts.read = 20;
    in_place.finish(counts, 1000);
    lines.finish(counts, 1000);
    EXPECT_EQ(terminal.str().back(), '\n');
    EXPECT_NE(terminal.str().find("100 %"), std::string::npos);
    EXPECT_EQ(log.str(), written);
}

TEST(ImportProgress, FinishWritesNothingWhenNothingWasDrawn)
{
    std::ostringstream terminal;
    directory::ImportProgress in_place(&terminal, "RNA", 1000, directory::ProgressStyle::InPlace);
    in_place.finish(directory::ImportCounts{}, 1000);
    EXPECT_TRUE(terminal.str().empty());
}
