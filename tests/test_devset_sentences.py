"""One behaviour per rule class, each shown on a real sentence of the development set.

The sentences are copied from ../shared/devset/articles (named by article id in each test), so
the tests run in a user's clone, which has no ../shared.
"""
from __future__ import annotations

import pandas as pd

from warclaims.extract import claims_from_text


def claims(text: str, published: str = "2024-01-01") -> pd.DataFrame:
    return claims_from_text(text, published=published)


def figures(table: pd.DataFrame) -> list[tuple[str, int | None, int | None, int | None]]:
    """(metric, value, low, high) of every claim, in reading order."""
    return [(row.metric, None if pd.isna(row.value) else int(row.value),
             None if pd.isna(row.low) else int(row.low), None if pd.isna(row.high) else int(row.high))
            for row in table.sort_values("start").itertuples()]


def row_with(table: pd.DataFrame, value: int) -> pd.Series:
    rows = table[table["value"] == value]
    assert len(rows) == 1, table[["metric", "value", "quote"]].to_string()
    return rows.iloc[0]


# --- Numbers -------------------------------------------------------------------------------------

def test_thousands_separated_by_spaces_end_a_sentence():   # d14
    table = claims("Taking into account the above estimate, the actual number of deaths on the Russian side "
                   "could range from 189 000 to 273 000.")
    assert figures(table) == [("killed", None, 189000, 273000)]


def test_a_k_after_digits_is_thousands():   # j12, a headline
    table = claims("North Korean deployment will include 5K construction workers and 1K mine clearance "
                   "specialists, security chief says")
    assert [value for _, value, _, _ in figures(table)] == [5000, 1000]


def test_a_fraction_of_a_million_is_one_number():   # d13
    row = claims("Of this figure, the post stated it was likely that up to a quarter of a million had been "
                 "killed.").iloc[0]
    assert (row["qualifier"], row["value"]) == ("at_most", 250000)


def test_a_word_amount_may_end_in_digits():   # j11
    table = claims("The National Intelligence Service(NIS) says roughly 600 North Korean soldiers have died "
                   "fighting for Russia and another four-thousand-100 have been wounded.")
    assert ("wounded", 4100, None, None) in figures(table)


def test_a_unit_number_is_no_count():   # j08
    assert claims("\"I am grateful to the soldiers of Tactical Group No. 84 of the Special Operations Forces "
                  "of the Armed Forces of Ukraine.\"").empty


# --- Which verb a number belongs to ---------------------------------------------------------------

def test_list_items_share_the_sentence_verb():   # f06
    table = claims("According to the CPJ figures, 79 journalists and media workers were confirmed dead: "
                   "72 Palestinian, four Israelis and three Lebanese.")
    assert [(metric, value) for metric, value, _, _ in figures(table)] == [
        ("killed", 79), ("killed", 72), ("killed", 4), ("killed", 3)]


def test_gapped_list_items_share_verb_and_name_their_side():   # h11
    table = claims("Uganda will provide 4,500 soldiers, Ethiopia 2,500, Djibouti 1,520, Kenya 1,410, and "
                   "Egypt 1,091.")
    assert list(table.sort_values("start")["subject"]) == ["UG", "ET", "DJ", "KE", "EG"]
    assert set(table["metric"]) == {"deployed"}


def test_a_group_named_before_gives_its_metric():   # f11
    table = claims("The hostages include four active-duty soldiers and several people who had been working "
                   "security at the Nova music festival.")
    assert figures(table) == [("captured", 4, None, None)]


def test_the_victims_among_whom_are_counted_killed():   # g01
    table = claims("Among the victims are 50 children and 94 women.")
    assert [(metric, value) for metric, value, _, _ in figures(table)] == [("killed", 50), ("killed", 94)]


def test_a_participle_after_the_noun_yields_to_the_main_verb():
    # Written for the test, after the example: the marines were killed, not deployed.
    row = claims("Some 300 marines sent to the port were killed, officials said.").iloc[0]
    assert row["metric"] == "killed"


def test_a_toll_that_stands_at_a_figure():   # k05
    table = claims("The combined death toll from the offensive now stands at more than 400 people.")
    assert figures(table) == [("killed", 400, 400, None)]


def test_a_clause_after_a_bare_amount_is_not_its_predicate():   # g03
    table = claims("Lebanon’s Health Minister Firass Abiad announced on Wednesday that the death toll from more "
                   "than a year of fighting between Hezbollah and Israel has surpassed 4,047, with most "
                   "casualties recorded since September.")
    assert figures(table) == [("killed", 4047, 4047, None)]


def test_captives_held_are_captured_unless_a_verb_says_otherwise():   # e12
    table = claims("Russian officials report that 53 Ukrainian POWs died in the attack, and another 75 were "
                   "injured.")
    assert [(metric, value) for metric, value, _, _ in figures(table)] == [("killed", 53), ("wounded", 75)]


def test_lost_soldiers_killed_and_wounded_are_casualties():   # d14
    table = claims("According to the General Staff of the Armed Forces of Ukraine, as of August 8, Russia had "
                   "lost over a million soldiers killed and wounded.")
    assert [(metric, value) for metric, value, _, _ in figures(table)] == [("casualties", 1000000)]


def test_numbers_in_parentheses_after_places_take_the_sentence_metric():   # d14
    table = claims("The highest number of deaths were reported from Bashkortostan (5 945) and Tatarstan (5 605).")
    assert [(metric, value) for metric, value, _, _ in figures(table)] == [("killed", 5945), ("killed", 5605)]


def test_a_loss_report_s_running_tally_is_casualties():
    # d12
    table = claims("As of Jan. 19, Russia has lost a total of 818,740 troops since the full-scale invasion began, "
                   "Ukraine's General Staff reported.")
    assert figures(table) == [("casualties", 818740, None, None)]


def test_servicepeople_lost_in_clashes_are_casualties():
    # e05
    table = claims("Kiev has also lost 430 servicepeople in battles with Russia’s Battlegroup Zapad, the ministry "
                   "added.")
    assert figures(table) == [("casualties", 430, None, None)]


def test_servicepeople_a_battlegroup_eliminated_are_casualties():
    # e05
    table = claims("Russia's Battlegroup Yug eliminated up to 710 Ukrainian servicepeople over the past day, the "
                   "Russian Defense Ministry said on Wednesday.")
    assert figures(table)[0][0] == "casualties"


def test_soldiers_eliminated_are_killed():
    # d04
    table = claims("According to the Ukrainian military, around 49,500 Russian soldiers have been “eliminated” "
                   "since Putin invaded Ukraine in late February.")
    assert figures(table)[0][0] == "killed"


def test_soldiers_lost_who_died_are_killed():
    # e02
    table = claims("\"Since the beginning of the full-scale war, Ukraine has lost 43,000 soldiers who died on the "
                   "battlefield,\" Zelenskyy wrote.")
    assert figures(table) == [("killed", 43000, None, None)]


# --- What is no claim ---------------------------------------------------------------------------

def test_a_ratio_is_no_count():   # e02
    assert claims("He claimed that since September, Russia has been losing five or six soldiers for every "
                  "Ukrainian soldier killed in battle.").empty


def test_deaths_prevented_are_no_claim():   # h03
    assert claims("Ethiopian officials stated that when the peace agreement was struck on November 2, 2022, it "
                  "prevented \"1,000 deaths every day,\" as per Obasanjo.").empty


def test_displaced_people_are_never_casualties():   # f02
    assert claims("Al-Qedra warned of \"an impending health care disaster as hospitals are transformed into "
                  "shelters for tens of thousands of displaced people.\"").empty


def test_displaced_people_who_were_killed_are_killed():   # k02
    table = claims("The mass surrender came a day after at least six displaced residents were killed.")
    assert [(metric, value) for metric, value, _, _ in figures(table)] == [("killed", 6)]


def test_things_counted_by_of_which_are_no_claim():   # d04
    table = claims("The Oryx Blog, run by military analysts Stijn Mitzer and Joost Oliemans, has reported that "
                   "Russia is now visually confirmed to have lost more than 1,000 tanks, 624 of which were "
                   "destroyed in combat, and the rest abandoned or seized by Ukrainian Soldiers.")
    assert table.empty


# --- Whose people ---------------------------------------------------------------------------------

def test_people_not_called_civilians_take_the_side_of_the_place():   # f02
    row = claims("He said the Israeli forces committed 43 massacres in the past 24 hours, killing 481 people, "
                 "the majority of whom were displaced to the south of the Gaza Strip.").iloc[0]
    assert row["subject"] == "PS"


def test_a_demonym_names_no_place():   # g01
    table = claims("Lebanon's Acting Health Minister Firas Abiad said the death toll from Israeli air strikes on "
                   "southern Lebanon climbed from 558 to 569, with more than 1,800 others wounded.")
    assert set(table["subject"]) == {"LB"}


def test_journalists_are_counted_by_their_role():   # f06
    row = claims("At least 16 journalists were reported injured.").iloc[0]
    assert row["subject"] == "journalists"


def test_a_toll_of_both_sides_is_mixed():   # k05
    row = claims("Azerbaijan clawed back a part of that territory in a six-week offensive three years ago "
                 "during which several thousand were killed on both sides.").iloc[0]
    assert row["subject"] == "mixed"


def test_forces_named_as_the_other_side_do_not_own_the_dead():   # j08
    row = claims("In late December, Zelensky said estimates put the number of North Korean soldiers killed in "
                 "combat with Ukrainian forces at around 3,000.").iloc[0]
    assert row["subject"] == "KP"


def test_troops_a_state_sends_beside_a_peace_mission_are_the_state_s():
    # h12
    table = claims("Rwanda is a major contributor to the UN’s peacekeeping force in the Central African Republic and "
                   "last year sent hundreds of troops to the unstable country after an alleged attempted coup.")
    assert table.iloc[0]["subject"] == "RW"


def test_an_official_of_a_state_the_sentence_names_counts_its_soldiers():   # k04
    row = claims("Armenia has not yet disclosed a final death toll for its military, but an ethnic Armenian "
                 "official confirmed on November 14 that 2,317 soldiers had been killed.").iloc[0]
    assert row["subject"] == "AM"


def test_a_tally_of_an_aid_agencys_own_employees_counts_aid_workers():   # f10
    row = claims("In turn, the United Nations Relief and Works Agency for Palestine Refugees (UNRWA) announced that "
                 "the death toll of its employees in the Gaza Strip since the beginning of the war has risen to 207.").iloc[0]
    assert row["subject"] == "aid workers"


# --- Who said so ------------------------------------------------------------------------------------

def test_a_long_institution_name_is_a_claimant():   # d14
    row = claims("According to the General Staff of the Armed Forces of Ukraine, as of August 8, Russia had "
                 "lost over a million soldiers killed and wounded.").iloc[0]
    assert (row["claimant"], row["claimant_country"]) == ("the General Staff of the Armed Forces of Ukraine", "UA")


def test_a_clause_is_never_a_claimant():   # e02
    table = claims("Zelenskyy also highlighted the toll on Russian forces, asserting that Moscow's total losses "
                   "exceed 750,000, including 198,000 killed and more than 550,000 wounded.")
    assert set(table["claimant"]) == {"Zelenskyy"} and set(table["claimant_country"]) == {"UA"}


def test_a_name_after_an_aside_is_the_speaker():   # e12
    row = claims("Denis Pushilin, who has served as the head of the Donetsk People’s Republic (DPR) since 2018, "
                 "informed the press that the prison held 193 inmates.").iloc[0]
    assert (row["metric"], row["claimant"]) == ("captured", "Denis Pushilin")


def test_a_person_keeps_the_country_of_the_title_he_was_introduced_with():   # g10
    table = claims("Iran’s Health Minister Mohammad-Reza Zafarghandi said on Tuesday the toll had reached 606. "
                   "Zafarghandi described the past 24 hours as witnessing the “most horrific attacks” by Israel, "
                   "resulting in 104 deaths and 1,342 injuries.")
    assert row_with(table, 104)["claimant_country"] == "IR"


def test_a_passive_report_continues_the_source_before_it():   # f06
    table = claims("According to the CPJ figures, 79 journalists and media workers were confirmed dead. "
                   "At least 16 journalists were reported injured, three missing and 21 arrested.")
    assert set(table["claimant"]) == {"the CPJ figures"}


def test_an_organisation_known_by_an_unknown_acronym_is_other():   # f06
    row = claims("According to the CPJ figures, 79 journalists and media workers were confirmed dead.").iloc[0]
    assert row["claimant_country"] == "other"


def test_a_un_office_is_un():   # g07
    row = claims("The U.N. human rights office for Yemen said 52 detainees were among the dead.").iloc[0]
    assert row["claimant_country"] == "un"


def test_non_state_armed_groups_speak_as_other():   # k05
    row = claims("Armenian separatists have revised up their number of fighters and civilians killed to 213.").iloc[0]
    assert row["claimant_country"] == "other"


def test_a_masthead_with_of_is_media():   # f11
    row = claims("The Times of Israel reports that of the two dozen living captives, 22 are Israelis.").iloc[0]
    assert (row["metric"], row["claimant_country"]) == ("captured", "media")


def test_a_passive_saying_verb_has_no_speaker_before_it():   # d04
    row = claims("The blog has reported that Russia is now visually confirmed to have lost 624 soldiers.").iloc[0]
    assert row["claimant"] != "Russia is now visually"


def test_one_of_the_officials_named_before_speaks_for_their_country():   # c02
    table = claims("Two US officials said the estimate of Russia’s losses included about 20,000 dead. Of that "
                   "number, 5,000 would be mercenaries from the Wagner Group, a private force with ties to "
                   "Mr Putin, and foreign fighters, said one of the officials, speaking on condition of "
                   "anonymity because she was not authorized to discuss sensitive military matters.")
    row = row_with(table, 5000)
    assert (row["claimant"], row["claimant_country"]) == ("one of the officials", "US")


def test_a_speaker_before_however_is_found():
    # k11
    table = claims("ARMM military spokesman Lieutenant Colonel Gerry Besana, however, reported a higher number of 83 "
                   "people wounded.")
    assert table.iloc[0]["claimant"] == "ARMM military spokesman Lieutenant Colonel Gerry Besana"


def test_the_name_right_after_a_counted_noun_reported_it():   # e02
    table = claims("The revelation marks an increase from the 31,000 deaths Zelenskyy reported in February 2023, "
                   "when he declined to provide figures for the wounded.")
    row = row_with(table, 31000)
    assert (row["claimant"], row["claimant_country"]) == ("Zelenskyy", "UA")


def test_the_agent_of_a_passive_saying_verb_is_the_claimant():   # f11
    table = claims("The 35 hostages confirmed dead by Israel include 34 kidnapped in the Hamas massacre and a "
                   "soldier killed in the 2014 Gaza war.")
    assert (row_with(table, 35)["claimant"], row_with(table, 35)["claimant_country"]) == ("Israel", "IL")


def test_a_document_named_after_its_issuer_speaks_for_it():   # b06
    table = claims("A report posted on X by the UK Ministry of Defense stated that “DPRK forces have highly likely "
                   "sustained more than 6,000 casualties in offensive combat operations against Ukrainian forces in "
                   "the Russian oblast of Kursk.” This number accounts for over half of the approximately 11,000 "
                   "North Korean troops originally deployed to the area, the report added.")
    assert row_with(table, 11000)["claimant_country"] == "UK"
