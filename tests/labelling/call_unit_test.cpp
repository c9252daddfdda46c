// Calls: the state moves (table-driven), when a call takes applications, and the admin form's checks.

#include "http/form.hpp"
#include "labelling/call.hpp"
#include "labelling/call_form.hpp"

#include <gtest/gtest.h>

using namespace essaim::labelling;

TEST(Call, OnlyTheThreeMovesAreLegal)
{
    for (auto from : call_states())
        for (auto to : call_states()) {
            const bool expected = (from == CallState::Brouillon && to == CallState::Publie)
                || (from == CallState::Publie && to == CallState::Clos) || (from == CallState::Clos && to == CallState::Publie);
            EXPECT_EQ(is_legal_call_move(from, to), expected) << call_state_code(from) << " → " << call_state_code(to);
        }
    for (auto state : call_states()) {
        CallState read = CallState::Clos;
        ASSERT_TRUE(call_state_from_code(call_state_code(state), read));
        EXPECT_EQ(read, state);
    }
    CallState unused;
    EXPECT_FALSE(call_state_from_code("ouvert", unused));
}

TEST(Call, OpenForApplications)
{
    Call call;
    call.state = CallState::Publie;
    EXPECT_TRUE(is_open_for_applications(call, "2026-01-01"));
    call.permanent = false;
    call.opens_on = "2026-03-01";
    call.closes_on = "2026-06-30";
    EXPECT_FALSE(is_open_for_applications(call, "2026-02-28"));
    EXPECT_TRUE(is_open_for_applications(call, "2026-03-01"));
    EXPECT_TRUE(is_open_for_applications(call, "2026-06-30"));
    EXPECT_FALSE(is_open_for_applications(call, "2026-07-01"));
    call.state = CallState::Clos;
    EXPECT_FALSE(is_open_for_applications(call, "2026-04-01"));
    call.state = CallState::Brouillon;
    call.permanent = true;
    EXPECT_FALSE(is_open_for_applications(call, "2026-04-01"));
    EXPECT_EQ(call_dates_text(call), "Appel permanent");
}

TEST(CallForm, ChecksEachField)
{
    essaim::http::Form form;
    form.add("titre", "  Label ruches  ");
    form.add("categorie", "ruche");
    form.add("duree", "dates");
    form.add("ouvre_le", "01/03/2026");
    form.add("ferme_le", "2026-06-30");
    form.add("annees_label", "4");
    auto call = parse_call_input(call_input_from_form(form));
    ASSERT_TRUE(call.ok());
    EXPECT_EQ(call->title, "Label ruches");
    EXPECT_EQ(call->category, LabelCategory::Ruche);
    EXPECT_FALSE(call->permanent);
    EXPECT_EQ(call->opens_on, "2026-03-01");
    EXPECT_EQ(call->closes_on, "2026-06-30");
    EXPECT_EQ(call->label_years, 4);
    EXPECT_EQ(call_input_from_call(*call).opens_on, "01/03/2026");

    struct Case {
        std::string field, value, error_on;
    };
    const std::vector<Case> cases = {
        {"titre", "", "titre"},
        {"titre", std::string(201, 'a'), "titre"},
        {"categorie", "association", "categorie"},
        {"duree", "toujours", "duree"},
        {"ouvre_le", "31/02/2026", "ouvre_le"},
        {"ferme_le", "28/02/2026", "ferme_le"},  // before the opening
        {"annees_label", "0", "annees_label"},
        {"annees_label", "11", "annees_label"},
        {"annees_label", "trois", "annees_label"},
    };
    for (const auto& c : cases) {
        auto input = call_input_from_form(form);
        if (c.field == "titre") input.title = c.value;
        if (c.field == "categorie") input.category = c.value;
        if (c.field == "duree") input.duration = c.value;
        if (c.field == "ouvre_le") input.opens_on = c.value;
        if (c.field == "ferme_le") input.closes_on = c.value;
        if (c.field == "annees_label") input.label_years = c.value;
        auto result = parse_call_input(input);
        ASSERT_FALSE(result.ok()) << c.field << "=" << c.value;
        EXPECT_EQ(result.error().field_errors.count(c.error_on), 1u) << c.field << "=" << c.value;
    }
    // A permanent call ignores (and forgets) dates.
    auto input = call_input_from_form(form);
    input.duration = "permanent";
    input.opens_on = "n’importe quoi";
    auto permanent = parse_call_input(input);
    ASSERT_TRUE(permanent.ok());
    EXPECT_TRUE(permanent->opens_on.empty());
}
