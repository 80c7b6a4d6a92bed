// Config overlays survive the store: custom practices, weights and
// attestations come back as they were saved.
#include <gtest/gtest.h>

#include <filesystem>

#include "store/store.h"

namespace practrack {

TEST(StoreOverlay, CustomPracticesAndAttestationsRoundTrip) {
  auto path = std::filesystem::temp_directory_path() / "practrack-store-overlay.db";
  std::filesystem::remove(path);
  Report r;
  r.meta.repository = "demo";
  r.meta.path = "/tmp/demo";
  r.meta.source = "working tree";
  r.meta.commit = std::string(40, 'a');
  r.meta.scanned_at = "2026-06-01T00:00:00Z";
  Assessment custom;
  custom.id = "ollama-monitoring";
  custom.name = "Ollama host monitoring";
  custom.category = "analytics";
  custom.weight = 4;
  custom.custom = true;
  custom.status = custom.detected = Status::adopted;
  custom.note = "polls /api/tags";
  Assessment attested;
  attested.id = "branch-protection";
  attested.name = "Branch protection rules";
  attested.category = "source-control";
  attested.status = Status::adopted;
  attested.detected = Status::partial;
  attested.attestation = Attestation{Status::adopted, "2 approvals", "alice", "2026-02-19", "2026-08-19", false, ""};
  r.assessments = {custom, attested};
  {
    auto store = open_sqlite_store(path.string());
    ASSERT_TRUE(store.ok()) << store.error();
    ASSERT_TRUE((*store)->save(r).ok());
  }
  auto store = open_sqlite_store(path.string());
  auto list = (*store)->list("", 10);
  ASSERT_TRUE(list.ok() && list->size() == 1u);
  auto back = (*store)->load(list->front().id);
  ASSERT_TRUE(back.ok()) << back.error();
  const Assessment* c = back->find("ollama-monitoring");
  ASSERT_TRUE(c);
  EXPECT_TRUE(c->custom);
  EXPECT_EQ(c->category, "analytics");
  EXPECT_EQ(c->weight, 4);
  bool has_custom_category = false;
  for (const auto& cat : back->categories) has_custom_category |= cat.id == "analytics";
  EXPECT_TRUE(has_custom_category);
  const Assessment* b = back->find("branch-protection");
  ASSERT_TRUE(b && b->attestation);
  EXPECT_EQ(b->detected, Status::partial);
  EXPECT_EQ(b->attestation->owner, "alice");
  EXPECT_EQ(b->attestation->expires, "2026-08-19");
  EXPECT_TRUE(b->disagrees());
  std::filesystem::remove(path);
}

}  // namespace practrack
