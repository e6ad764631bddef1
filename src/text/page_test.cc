#include <gtest/gtest.h>

#include "parley/text.h"
#include "text/dates.h"

namespace parley {
namespace {

std::string Removed(std::string_view text, const PageInfo& p, size_t i) {
  return std::string(text.substr(p.removed[i].span.begin, p.removed[i].span.size()));
}

TEST(Page, WidgetHeaderGivesDateAndFooterGivesPublisher) {
  std::string text = " date 2024-05-18 + ↺ − 16 px\n\nTwo officials held talks.\n\nNews.Az";
  PageInfo p = AnalyzePage(text);
  EXPECT_EQ(p.date, "2024-05-18");
  EXPECT_EQ(p.publisher, "News.Az");
  ASSERT_EQ(p.removed.size(), 2u);
  EXPECT_EQ(Removed(text, p, 0), "date 2024-05-18 + ↺ − 16 px");
  EXPECT_EQ(p.removed[0].reason, "font-size widget");
  EXPECT_EQ(Removed(text, p, 1), "News.Az");
  ASSERT_EQ(p.body.size(), 2u);  // the leading " " and the article
  EXPECT_EQ(text.substr(p.body[1].begin, p.body[1].size()), "\n\nTwo officials held talks.\n\n");
}

TEST(Page, WireStoryTitleBylineDatelineAndCredits) {
  std::string text =
      "Ukraine downs drones over Kharkiv\n\nBy Anna Petrova and James Okafor\n\n"
      "KYIV (Reuters) - Ukraine said on Monday it shot down 40 drones.\n\n"
      "Share this article\n\nPhoto: Ukrainian Defence Ministry/Handout\n\nAdvertisement\n\n"
      "The attack lasted hours.\n\n(Reporting by Anna Petrova; Editing by Mark Hale)\n";
  PageInfo p = AnalyzePage(text);
  EXPECT_EQ(p.title, "Ukraine downs drones over Kharkiv");
  EXPECT_EQ(p.publisher, "Reuters");
  EXPECT_EQ(p.dateline, "KYIV");
  std::vector<std::string> reasons;
  for (const RemovedSpan& r : p.removed) reasons.push_back(r.reason);
  EXPECT_EQ(reasons, (std::vector<std::string>{"byline", "dateline", "share/subscribe/advert line",
                                               "photo credit", "share/subscribe/advert line",
                                               "wire credits"}));
  // The dateline prefix is removed, the sentence after it stays.
  for (const RemovedSpan& r : p.removed) {
    if (r.reason == "dateline") {
      EXPECT_EQ(text.substr(r.span.begin, r.span.size()), "KYIV (Reuters) - ");
    }
  }
}

TEST(Page, PublishedLineGivesDate) {
  std::string text = "Mali extends curfew\nPublished: 4 February 2026, 09:30 GMT\n\nThe army said.\n";
  PageInfo p = AnalyzePage(text);
  EXPECT_EQ(p.date, "2026-02-04");
  EXPECT_EQ(p.title, "Mali extends curfew");
}

TEST(Page, ProseIsNeverRemoved) {
  std::string text = "By Tuesday, the talks had collapsed, officials said.\n\nThe sides met again.";
  PageInfo p = AnalyzePage(text);
  EXPECT_TRUE(p.removed.empty());
  EXPECT_EQ(p.publisher, "");
}

TEST(Dates, FindsCommonFormats) {
  FoundDate d;
  ASSERT_TRUE(FindDate("May 18, 2024", &d));
  EXPECT_EQ(d.iso, "2024-05-18");
  ASSERT_TRUE(FindDate("on 18 May 2024 at noon", &d));
  EXPECT_EQ(d.iso, "2024-05-18");
  ASSERT_TRUE(FindDate("Sept. 1, 2023", &d));
  EXPECT_EQ(d.iso, "2023-09-01");
  ASSERT_TRUE(FindDate("2024/05/18", &d));
  EXPECT_EQ(d.iso, "2024-05-18");
  EXPECT_FALSE(FindDate("2023-02-30", &d));  // not a calendar date
  EXPECT_FALSE(FindDate("in May", &d));
}

}  // namespace
}  // namespace parley
