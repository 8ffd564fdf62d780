"""One behaviour per rule class, each shown on a sentence of the probe corpora.

The development set has no sentence of these classes.  The sentences come from probe articles
written (by a helper session, in the manner of wire, broadcaster and national-paper copy) to
find where the rules do not carry over to news they were not built with; each class is common
in real war reporting.  They are copied here so the tests need nothing outside tests/.
"""
from __future__ import annotations

import pandas as pd

from warclaims.extract import claims_from_text
from warclaims.extract.claimant import find_attributions


def claims(text: str, published: str = "2025-01-01", outlet: str = "") -> pd.DataFrame:
    return claims_from_text(text, published=published, outlet=outlet)


def speakers(sentence: str) -> list[str]:
    return [attribution.text for attribution in find_attributions(sentence)]


# --- What is a claim ------------------------------------------------------------------------

def test_a_toll_that_could_be_suffered_is_no_claim():
    assert claims("At current loss rates, Russia could suffer another 400,000 casualties in 2025.").empty


def test_deaths_an_attack_could_cause_are_no_claim():
    assert claims("UN nuclear watchdog chief Rafael Grossi has warned that an attack on an operating reactor such "
                  "as Bushehr could cause thousands of deaths.").empty


def test_people_who_could_die_are_no_claim_however_they_are_described():
    assert claims("U.N. humanitarian chief Tom Fletcher warned that hundreds of thousands more people in North "
                  "Darfur could die from starvation in the coming months.").empty


def test_deaths_that_may_have_happened_are_a_claim():
    table = claims("The strike may have killed 300 people, officials said.")
    assert table[["metric", "value"]].values.tolist() == [["killed", 300]]


def test_one_of_some_things_counts_no_one():
    table = claims("Among the dead were nine staff members of Relief International, a U.S.-based aid group that "
                   "ran one of the last functioning clinics in Zamzam, the organization said.")
    assert table["value"].tolist() == [9]


def test_a_footnote_mark_is_no_number():
    assert claims('[3] Ghent University, "Every Casualty Counts: Tigray", 2023 update.').empty


def test_or_so_after_a_number_is_approximate_and_keeps_its_noun():
    row = claims("Germany followed, withdrawing its last 60 or so troops from an air transport base in Niamey "
                 "in August.").iloc[0]
    assert (row["metric"], row["qualifier"], row["value"], row["subject"]) == ("deployed", "approx", 60, "DE")


def test_the_sites_a_fight_was_around_are_not_its_dead():
    table = claims("Fighting around the two sites killed at least 322 people between December and February, "
                   "according to a tally by the Syrian Observatory for Human Rights.")
    assert table["value"].tolist() == [322]


def test_vessels_sunk_are_no_casualties():
    table = claims("Between November 2023 and January 2025, the rebels targeted more than 100 merchant vessels with "
                   "missiles and drones, sinking two of them and killing four sailors.")
    assert table["value"].tolist() == [4]


def test_a_place_after_a_preposition_is_not_what_a_bare_subset_counts():
    table = claims("Gaza's Civil Defense said 38 people were killed on Tuesday across the Strip, including at least "
                   "17 near aid distribution sites in Rafah and central Gaza.")
    assert table["value"].tolist() == [38, 17]


def test_people_sent_fleeing_are_displaced_not_deployed():
    assert claims("The fighting, which began on Thursday, has sent more than 32,000 people fleeing their homes, "
                  "according to the ombudsman's office.").empty


def test_a_force_named_between_two_modifiers_is_counted():
    table = claims("Speaking at President Claudia Sheinbaum's morning press conference last Tuesday, Defense Secretary "
                   "Ricardo Trevilla Trejo said 11,500 army and National Guard personnel were now deployed in "
                   "Sinaloa, including 1,100 special forces troops sent in February.")
    assert table[["metric", "value"]].values.tolist() == [["deployed", 11500], ["deployed", 1100]]


def test_a_leaders_aides_and_former_leaders_are_people():
    table = claims("Jaish-e-Mohammad chief Masood Azhar said in a statement that 10 members of his family and four of "
                   "his close aides were killed in the strike.")
    assert table["value"].tolist() == [10, 4]
    assert claims("Armenian officials say Baku is holding 23 Armenian prisoners, including eight former leaders of "
                  "the breakaway Nagorno-Karabakh administration.")["value"].tolist() == [23, 8]


def test_a_telephone_number_is_no_count():
    assert claims("The families of prisoners of war can contact the Coordination Headquarters hotline at "
                  "0 800 300 529 or via the official chatbot.").empty


def test_an_offensive_that_could_leave_thousands_dead_is_a_projection():
    assert claims("Analysts we spoke to warned that a renewed offensive on Kidal could leave thousands dead if it "
                  "goes ahead during the rainy season.").empty


def test_a_force_that_a_drawdown_will_leave_is_deployed():
    table = claims("The drawdown will still leave about 68,000 American troops in the country, more than twice the "
                   "number that were there when Obama took office in January 2009.")
    assert table[["metric", "value", "subject"]].values.tolist() == [["deployed", 68000, "US"]]


def test_townships_a_regime_lost_control_of_are_no_casualties():
    assert claims("The regime has lost control of 14 of Rakhine's 17 townships since the AA resumed its offensive "
                  "in November 2023.").empty


def test_soldiers_lost_with_a_long_named_vehicle_are_a_loss_reports_tally():
    row = claims('"The enemy lost up to 230 troops, a US-made Bradley infantry fighting vehicle, five pickup trucks '
                 'and a 155mm M777 howitzer," the ministry said.').iloc[0]
    assert (row["metric"], row["value"]) == ("casualties", 230)


def test_the_bodies_of_fallen_defenders_are_deaths():
    row = claims("Earlier, in repatriation measures last week, the bodies of 1,000 fallen defenders were returned "
                 "to Ukraine, the Coordination Headquarters reported.").iloc[0]
    assert (row["metric"], row["value"]) == ("killed", 1000)


def test_the_list_of_those_returned_counts_no_captives():
    assert claims("Among those returned are 16 National Guard servicemen, 11 border guards and 8 civilians, "
                  "including a woman who had been detained in occupied Kherson.").empty


# --- Claimants --------------------------------------------------------------------------------

def test_a_report_in_an_aside_is_not_the_saying_verb():
    assert speakers("Human Rights Watch, in a separate report, said thousands of people had been killed in the "
                    "city and that the violence could amount to genocide.") == ["Human Rights Watch"]


def test_known_by_opens_an_aside_between_speaker_and_verb():
    assert speakers("Doctors Without Borders, known by its French acronym MSF, said its team in Tawila had "
                    "treated 154 wounded people in the first 48 hours, mostly for gunshot wounds.") \
        == ["Doctors Without Borders"]


def test_the_body_that_puts_a_figure_at_may_open_with_the():
    assert speakers("By the end of February, the UK Ministry of Defence put total Russian casualties since 2022 "
                    "at around 850,000 killed and wounded.") == ["the UK Ministry of Defence"]


def test_a_role_naming_its_body_before_a_name_is_a_speaker():
    assert speakers("WASHINGTON — The Pentagon will consolidate U.S. forces in Syria and cut their number to fewer "
                    "than 1,000 over the coming months, chief Pentagon spokesman Sean Parnell said in a statement "
                    "Friday.") == ["chief Pentagon spokesman Sean Parnell"]


def test_acting_in_lower_case_opens_a_title_not_a_clause():
    assert speakers("In the neighbouring Kursk region, acting governor Alexander Khinshtein reported that one person "
                    "was killed and five wounded when a drone hit a minibus near Lgov.") \
        == ["acting governor Alexander Khinshtein"]


def test_the_enemy_in_a_sentence_without_source_goes_on_in_the_voice_of_the_report():
    table = claims("MOSCOW, November 3. /TASS/. The Ukrainian army lost up to 1,385 troops in battles with Russian "
                   "forces in all the frontline areas over the past day, the Russian Defense Ministry reported on "
                   "Sunday.\n\nUnits of the Battlegroup Zapad liberated the community of Kruglyakovka in the Kharkov Region "
                   "and defeated the manpower and equipment of four Ukrainian brigades, the ministry said.\n\n"
                   "Units of the Battlegroup Yug took more advantageous lines and positions and inflicted losses on "
                   "three Ukrainian brigades in the Donetsk People's Republic. The enemy lost more than 220 "
                   "personnel, an armored combat vehicle and six motor vehicles.")
    assert table[["value", "claimant_country"]].values.tolist() == [[1385, "RU"], [220, "RU"]]


def test_the_speaker_of_an_of_whom_clause_claims_its_part_not_the_total_before():
    table = claims("Hamas still holds 59 hostages, of whom Israel believes as many as 35 are dead.")
    assert table[["value", "claimant"]].values.tolist() == [[59, ""], [35, "Israel"]]


def test_official_figures_are_a_claimant_of_the_state_they_count_for():
    row = claims("In Israel, the Iranian missile attacks killed 28 people, according to official figures.").iloc[0]
    assert (row["claimant"], row["claimant_country"]) == ("official figures", "IL")


def test_a_speaker_who_rejects_one_thing_and_says_another_speaks_through_an_aside():
    assert speakers("The RSF, which has besieged El Fasher since May 2024, denied targeting civilians and said its "
                    "fighters had killed \"hundreds of army soldiers and allied militiamen\" in the city in the past "
                    "week.") == ["The RSF"]


def test_translated_copy_informs_and_affirms_like_it_says():
    assert speakers("However in a communique broadcast on the national television RTB, the general staff affirmed "
                    "that the riposte of the forces \"permitted to kill dozens of terrorists\" during their retreat.") \
        == ["the general staff"]
    assert speakers("Meanwhile the enemy lost during the last day 1,210 occupants, informs the General Staff of "
                    "Armed Forces of Ukraine.") == ["the General Staff of Armed Forces of Ukraine"]


def test_whose_earlier_figure_it_was_names_the_claimant():
    assert speakers("Pashinian's earlier figure, given to parliament on Tuesday, was 49.") == ["Pashinian"]


def test_its_latest_tally_is_the_count_of_the_body_named_before():
    table = claims("HRANA added 14 more names to its list this week after verifying deaths in the Kurdish cities of "
                   "Javanrud and Piranshahr.\n\nIran Human Rights (IHR), an Oslo-based NGO, uses a stricter method, "
                   "counting only deaths it has confirmed through two independent sources. Its latest tally, "
                   "published on December 13, stands at 458, among them 63 children.")
    tally = table[table["value"].isin([458, 63])]
    assert tally[["value", "claimant_country"]].values.tolist() == [[458, "other"], [63, "other"]]


def test_a_claimant_after_a_semicolon_speaks_for_its_own_clause():
    table = claims("Military says 121 civilians and 78 personnel injured; India claims over 100 'terrorists' killed")
    assert table[["value", "claimant"]].values.tolist() == [[121, "Military"], [78, "Military"], [100, "India"]]


def test_a_claimant_after_a_semicolon_does_not_cover_the_clause_before_it():
    table = claims("Turkish drone strike kills three in Duhok's Amedi district; Ankara says 17 PKK 'neutralised'")
    assert table[["value", "claimant"]].values.tolist() == [[3, ""], [17, "Ankara"]]


def test_its_figures_refer_to_the_body_the_sentence_named():
    table = claims("Meanwhile, the Israeli occupation army admitted that two of its soldiers were killed, bringing the "
                   "number of soldiers and officers killed since the start of the aggression to 898, according to its "
                   "figures.")
    assert table.loc[table["value"] == 898, "claimant_country"].tolist() == ["IL"]


def test_raising_its_overall_toll_is_a_statement_and_by_late_saturday_is_no_speaker():
    assert speakers("By late Saturday the Observatory had raised its overall toll to 1,018, describing the killings "
                    "as among the worst massacres since the start of the conflict.") == ["the Observatory"]


def test_analysts_who_track_something_are_the_analysts():
    assert speakers("Turkey itself keeps an estimated 3,000 to 5,000 troops inside Syria, according to analysts who "
                    "track its observation posts, and its drones have struck SDF positions.") == ["analysts"]


def test_a_where_clause_between_speaker_and_verb_is_an_aside():
    assert speakers("Doctors at Madina hospital in Mogadishu, where many of the wounded were flown, said the hospital "
                    "had received 58 soldiers and civilians killed or wounded in the fighting since Thursday.") \
        == ["Doctors at Madina hospital in Mogadishu"]


def test_the_channel_is_an_outlet():
    row = claims("The channel said five paramedics who had rushed to the scene after the first strike were among "
                 "the dead.").iloc[0]
    assert row["claimant_country"] == "media"


def test_a_us_command_known_by_its_acronym_keeps_its_state_once_spelt_out():
    table = claims("Separately, U.S. Africa Command (AFRICOM) said it had conducted an airstrike on Tuesday against "
                   "al-Shabaab about 40 kilometers northeast of Mogadishu, in coordination with the Federal Government "
                   "of Somalia.\n\n\"The command's initial assessment is that the airstrike killed four terrorists and "
                   "that no civilians were harmed,\" AFRICOM said in a statement.")
    assert table[["value", "claimant_country"]].values.tolist() == [[4, "US"]]


def test_the_army_of_a_state_the_sentence_opens_with_is_that_states():
    table = claims(
        "Burkina Faso's military government did not comment on casualties among its troops. In a "
        "statement read on state broadcaster RTB on Monday evening, army spokesman Capt. Ousmane "
        "Sawadogo said \"more than 60 terrorists were neutralized\" in a counteroffensive supported by "
        "drones.\n\n"
        "\"Our forces remain in control of Djibo,\" he said.\n\n"
        "Burkina Faso has been ruled since September 2022 by Capt. Ibrahim Traoré, who seized power "
        "promising to restore security. Instead, violence has spread, and analysts estimate that the "
        "government controls less than 40% of the country's territory. More than 2 million people have "
        "been displaced.\n\n"
        "More than 3,600 people were killed in Burkina Faso in the first five months of 2025, according "
        "to the Armed Conflict Location & Event Data Project, a U.S.-based group that tracks "
        "violence.\n\n"
        "Traoré's junta expelled French forces and has turned to Russia for security support. Russia's "
        "Africa Corps has about 100 personnel in the country, mainly tasked with protecting the junta "
        "leader, according to analysts.\n\n"
        "\"The Russians are not doing frontline combat in Burkina. They are a regime protection "
        "force,\" said Lassina Ouédraogo, a security analyst based in Ouagadougou.\n\n"
        "In neighboring Mali, the army said it had killed 41 \"terrorists\" in airstrikes near Léré in "
        "the Timbuktu region over the weekend.")
    assert table.loc[table["value"] == 41, "claimant_country"].tolist() == ["ML"]


def test_a_group_that_says_in_a_relative_clause_how_many_it_commands_claims_its_own_strength():
    row = claims("The SDF, which says it commands about 100,000 fighters including its Arab components, has made "
                 "clear that it sees the American presence as its main insurance policy.").iloc[0]
    assert (row["value"], row["subject"], row["claimant"], row["claimant_country"]) == (100000, "sdf", "The SDF", "other")


def test_the_speaker_of_a_relative_clause_does_not_go_on_into_the_next_sentence():
    table = claims("Israel, which says it is acting to protect the Druze minority, carried out dozens of strikes on "
                   "government convoys and positions in the south during the week. The Israeli strikes, including one "
                   "on the defence ministry headquarters in Damascus, killed 15 government troops, the monitor said.")
    assert table[["value", "subject"]].values.tolist() == [[15, "SY"]]


def test_a_headlines_lawyers_group_after_says_is_an_ngo():
    row = claims("Nearly 300 killed in RSF assault on villages near Bara, says lawyers' group").iloc[0]
    assert (row["claimant"], row["claimant_country"]) == ("lawyers' group", "other")


def test_local_resistance_officials_speak_for_an_armed_group():
    table = claims("Meanwhile, a junta airstrike on a village in Sagaing Region's Kani Township killed 17 civilians, "
                   "including six children, and injured more than 20, local resistance officials said.")
    assert set(table["claimant_country"]) == {"other"}


def test_affirming_after_the_subjects_own_verb_names_the_speaker():
    assert speakers("JNIM, affiliated to Al-Qaeda, claimed the attack in a communique published on its propaganda "
                    "channels, affirming to have killed more than 200 soldiers and VDP.") == ["JNIM"]


def test_a_statement_which_was_read_is_the_statement():
    assert speakers("According to the statement which was read on state broadcaster ETV, another 580 militants have "
                    "been captured.") == ["the statement"]


def test_an_acronym_in_a_claimants_title_is_the_body_the_article_spelt_out():
    table = claims("The Arakan Army (AA) has seized most of Rakhine State.\n\nIn a statement on Telegram, AA spokesman "
                   "Khaing Thukha said more than 1,000 regime soldiers had been killed in fighting in Rakhine since "
                   "November 2023.")
    assert table["claimant_country"].tolist() == ["other"]


def test_officials_who_put_a_strength_at_between_two_figures_are_the_claimant():
    assert speakers("Western officials put the group's strength in the country at between 1,000 and 1,500 fighters "
                    "at its peak.") == ["Western officials"]


def test_the_founder_of_a_collective_speaks_for_an_ngo():
    row = claims("Isabel Cruz, founder of the collective Sabuesos Guerreras, said at least 1,500 people have "
                 "disappeared in Sinaloa since September.").iloc[0]
    assert row["claimant_country"] == "other"


def test_our_own_tracking_is_the_outlets_count():
    row = claims("Africa Corps is thought to have between 2,000 and 2,500 personnel spread across Mali, Burkina Faso "
                 "and Niger, according to our own tracking of flight data and recruitment adverts.").iloc[0]
    assert row["claimant_country"] == "media"


def test_a_list_of_soldiers_and_vehicles_lost_goes_on_in_the_voice_of_the_report():
    table = claims("MOSCOW, February 18. /TASS/. Russian forces repelled four counterattacks in the Kursk area over "
                   "the past day, the Russian Defense Ministry reported.\n\nIn the Dnepr direction, Ukrainian losses "
                   "amounted to up to 45 personnel and nine motor vehicles.")
    assert table[["value", "claimant_country"]].values.tolist() == [[45, "RU"]]


def test_this_was_reported_by_names_the_claimant_of_the_sentence_before():
    table = claims("Russian troops attacked 42 settlements in the Kherson region over the past day, including the city "
                   "of Kherson, with artillery, drones and aviation, killing three people and injuring 14 others, "
                   "including a child. This was reported by Head of the Kherson Regional Military Administration "
                   "Oleksandr Prokudin on Telegram.")
    assert set(table["claimant_country"]) == {"UA"}


def test_a_sentence_between_a_speakers_words_and_he_added_goes_on_in_his_voice():
    table = claims("Over the past day, Russian forces carried out 614 attacks on 17 settlements of the Zaporizhzhia "
                   "region, Head of the Zaporizhzhia Regional Military Administration Ivan Fedorov said on Telegram. "
                   "One person was killed in Huliaipole, and nine others were injured. He added that 21 reports of "
                   "damage to homes had been received.")
    assert table[["value", "claimant_country"]].values.tolist() == [[1, "UA"], [9, "UA"]]


def test_an_expert_speaks_for_no_state_whatever_his_field():
    row = claims("Military expert Andrei Marochko told TASS that Kiev has concentrated up to 10,000 troops near the "
                 "border in the Sumy Region.").iloc[0]
    assert row["claimant_country"] == "other"


def test_campaigners_and_historians_are_others():
    assert claims("About 90 of the girls remain missing more than a decade later, according to "
                  "campaigners.")["claimant_country"].tolist() == ["other"]
    assert claims("Historians estimate that as many as 2.5 million civilians on both sides of the 38th parallel "
                  "were killed.")["claimant_country"].tolist() == ["other"]


def test_quoted_by_an_outlet_as_saying_names_the_one_quoted():
    assert speakers("In November 2022, Brig. Gen. Amir Ali Hajizadeh, the commander of the Revolutionary Guards' "
                    "aerospace force, was quoted by a state-affiliated outlet as saying that more than 300 people had "
                    "been killed.") == ["the commander of the Revolutionary Guards' aerospace force"]


def test_groups_that_estimate_are_the_claimant_of_their_own_clause():
    table = claims("Russia's two wars in Chechnya killed more than 10,000 federal troops, according to official "
                   "Russian figures, while human rights groups estimate that tens of thousands of civilians died.")
    assert table["claimant"].tolist() == ["official Russian figures", "human rights groups"]


def test_an_observatory_in_apposition_after_according_to_is_an_ngo():
    table = claims("According to Cabo Ligado, a conflict observatory run by the Armed Conflict Location & Event Data "
                   "project (ACLED), more than 6,000 people have been killed since the insurgency began in 2017.")
    assert table["claimant_country"].tolist() == ["other"]


def test_an_amount_in_a_relative_aside_of_the_speaker_is_the_outlets_own():
    table = claims("Poland, which hosts about 10,000 US troops, said it had received assurances that its own US "
                   "presence would not be reduced.")
    assert table[["value", "claimant"]].values.tolist() == [[10000, ""]]


def test_a_speech_act_in_the_relative_aside_makes_its_figure_the_speakers():
    table = claims("The South Korean government, which had denounced the dispatch of 10,000 troops by Pyongyang "
                   "before the official confirmation, condemned North Korea's troop deployment in Russia on Monday.")
    assert table["claimant_country"].tolist() == ["KR"]


def test_one_of_some_groups_is_an_apposition_of_the_speaker():
    assert speakers("The Ambazonia Defence Forces (ADF), one of the main armed separatist groups, claimed "
                    "responsibility for the attack in a video shared on Facebook, saying its fighters killed 15 "
                    "soldiers.")[-1] == "The Ambazonia Defence Forces (ADF)"


def test_a_spokesman_named_with_no_body_speaks_for_the_body_before():
    table = claims("The UN human rights office said on Friday that 3,141 people had been killed in Haiti.\n\n"
                   "\"Haiti is facing an unprecedented crisis,\" spokesman Thameen Al-Kheetan told reporters in Geneva. "
                   "\"More than 200 people, including 12 children, were killed in drone strikes.\"")
    assert set(table["claimant_country"]) == {"un"}


def test_defence_forces_named_after_no_state_are_an_armed_group():
    row = claims("The Ambazonia Defence Forces (ADF), one of the main armed separatist groups, claimed responsibility "
                 "for the attack in a video shared on Facebook, saying its fighters killed 15 soldiers.").iloc[0]
    assert row["claimant_country"] == "other"


def test_a_local_state_official_takes_no_armed_groups_kind():
    table = claims("The Ambazonia Defence Forces (ADF) claimed responsibility for the attack in Cameroon's North-West "
                   "region, saying its fighters killed 15 soldiers. Three civilians were also killed, including a "
                   "motorbike rider and a 14-year-old boy, the Divisional Officer for Batibo said.")
    assert table.loc[table["value"] == 3, "claimant_country"].tolist() == ["CM"]


def test_a_headlines_capitalised_confirm_is_a_saying_verb():
    assert speakers("Mediazona, BBC Confirm Over 121,000 Russian Military Deaths in Ukraine")[-1] == "BBC"


def test_lake_chad_names_no_state():
    from warclaims.lexicon import find_actors
    assert find_actors("a counter-insurgency publication focused on the Lake Chad region") == []


def test_the_enemy_army_in_a_lebanese_agencys_copy_is_israels():
    table = claims("NNA - The Public Health Ministry's Emergency Operations Center announced on Wednesday that the "
                   "Israeli enemy's attacks on Lebanon during the past 24 hours have led to 52 martyrs and 163 "
                   "wounded.\n\nIn the Bekaa, Baalbek-Hermel governor Bachir Khodr said that the raids that targeted "
                   "the city of Baalbek since dawn have left 19 martyrs so far.\n\nMeanwhile, Israeli media reported "
                   "that rockets fired from southern Lebanon hit Nahariya. According to the Israeli ambulance service "
                   "Magen David Adom, a 45-year-old man was killed.\n\nThe enemy army admitted that three of its "
                   "soldiers were killed in battles in southern Lebanon on Tuesday.", published="2024-10-23")
    assert table.loc[table["value"] == 3, "claimant_country"].tolist() == ["IL"]


def test_a_groups_media_relations_are_the_group_and_a_correspondent_is_an_outlet():
    assert claims("Hezbollah's media relations said its fighters had killed 17 Israeli soldiers in the "
                  "clashes.")["claimant_country"].tolist() == ["other"]
    assert claims("An enemy drone strike killed two citizens on the Kfar Kila road, according to NNA's "
                  "correspondent.")["claimant_country"].tolist() == ["media"]


def test_a_state_bodys_acronym_makes_it_no_ngo():
    row = claims("Iraqi F-16 fighter jets killed nine ISIS militants in a series of airstrikes on hideouts in the "
                 "Hamrin mountains, the Security Media Cell (SMC) said.").iloc[0]
    assert row["claimant_country"] != "other"


def test_defence_forces_named_after_a_region_are_its_states():
    row = claims("In the Cal Miskaad mountains of Bari region, the Puntland Defence Forces said they had killed 14 "
                 "ISIS fighters, several of them foreigners, in an assault on caves.").iloc[0]
    assert row["claimant_country"] != "other"


def test_residents_then_a_located_aside_speak():
    assert speakers("Residents of Dembecha town, located some 300 km northwest of Addis Abeba, said a drone strike on "
                    "the town's weekly market on Thursday killed at least 23 civilians.") \
        == ["Residents of Dembecha town"]


def test_a_deputy_information_minister_speaks_for_his_state():
    row = claims("Deputy information minister Abdirahman Yusuf Al-Adala told state-run SONNA in Mogadishu that troops "
                 "had repulsed the terrorists and killed more than 70 of them.").iloc[0]
    assert row["claimant_country"] == "SO"


def test_who_backs_a_body_names_no_state_it_speaks_for():
    table = claims("US air strikes on Yemen's Ras Isa fuel port killed 74 people and wounded 171 others, the "
                   "Iran-backed Houthi militia's health ministry said on Friday.")
    assert set(table["claimant_country"]) == {"YE"}


def test_a_radio_station_is_an_outlet_and_a_portal_a_tracker():
    assert claims("Separately, Army Radio reported that the IDF would call up some 50,000 reservists later this "
                  "month.")["claimant_country"].tolist() == ["media"]
    assert claims("According to the South Asia Terrorism Portal, Maoist violence in Chhattisgarh has claimed the lives "
                  "of more than 1,300 security personnel since 2000.")["claimant_country"].tolist() == ["other"]


# --- Subjects ---------------------------------------------------------------------------------

def test_volunteers_of_an_aid_society_are_aid_workers_whoever_counts_them():
    row = claims("The UN Office for the Coordination of Humanitarian Affairs (OCHA) said five volunteers of the "
                 "Sudanese Red Crescent Society were killed in Bara on Oct 25.").iloc[0]
    assert (row["metric"], row["value"], row["subject"]) == ("killed", 5, "aid workers")


# --- Claimant countries -----------------------------------------------------------------------

def country_of(table: pd.DataFrame, value: int) -> str:
    rows = table[table["value"] == value]
    assert len(rows) == 1, table[["metric", "value", "claimant"]].to_string()
    return rows.iloc[0]["claimant_country"]


def test_an_armed_group_after_a_states_possessive_is_no_state():
    table = claims("BANGKOK, Sept 18 (Reuters) - Myanmar's Arakan Army said on Thursday it had captured more than "
                   "300 government soldiers after overrunning a military regional command in Rakhine state.")
    assert country_of(table, 300) == "other"


def test_a_state_office_named_after_a_un_body_takes_no_un_country():
    table = claims("The UN Human Rights Monitoring Mission in Ukraine has verified that 13,883 civilians have been "
                   "killed, including 716 children, since February 2022.\n\n"
                   "According to the Prosecutor General's Office, at least 631 Ukrainian children have been killed "
                   "and more than 1,980 injured since the start of the full-scale invasion.")
    assert (country_of(table, 13883), country_of(table, 631)) == ("un", "UA")


def test_the_military_after_a_state_speaks_for_that_state_whoever_it_counts():
    table = claims("Islamabad (AFP) – Pakistan said Sunday that 23 of its soldiers were killed in overnight clashes "
                   "with Afghan Taliban forces along their shared border, the deadliest such fighting in years.\n\n"
                   "The military said in a statement that more than 200 Taliban and affiliated militants had been "
                   "“neutralised” and that 29 soldiers had been wounded.")
    assert (country_of(table, 200), country_of(table, 29)) == ("PK", "PK")


def test_the_same_sources_are_those_named_before():
    table = claims("Sudanese military sources told Sudan Tribune the paramilitary force had massed as many as 10,000 "
                   "fighters and hundreds of technical vehicles on the approaches to the city.\n\n"
                   "The army has sent reinforcements from Omdurman, including an estimated 3,000 troops who arrived "
                   "by road last week, according to the same sources.")
    assert country_of(table, 3000) == "SD"


def test_a_fronted_place_with_an_adjective_names_the_side():
    table = claims("In neighbouring Niger, the defence ministry said on Friday that 34 soldiers had been killed and "
                   "14 wounded in an attack near the town of Banibangou.")
    assert table["subject"].tolist() == ["NE", "NE"]


# --- Metrics ----------------------------------------------------------------------------------

def metrics(table: pd.DataFrame) -> list[tuple[str, int]]:
    return [(row.metric, int(row.value)) for row in table.sort_values("start").itertuples()]


def test_people_murdered_are_killed():
    assert metrics(claims("More than 30,000 people were murdered in Mexico last year.")) == [("killed", 30000)]


def test_people_held_by_the_other_side_are_captured_and_so_is_their_subset():
    table = claims("Indian officials have also said 76 soldiers were injured in the clash, and that ten Indian "
                   "soldiers, including four officers, were held by the Chinese side for several days.")
    assert metrics(table) == [("wounded", 76), ("captured", 10), ("captured", 4)]


def test_up_from_the_earlier_figure_is_the_same_count():
    table = claims("Azerbaijan's Defense Ministry said 71 of its servicemen were killed, up from the 50 it reported "
                   "on Wednesday.")
    assert metrics(table) == [("killed", 71), ("killed", 50)]


def test_among_the_dead_counts_people_whatever_their_noun():
    table = claims("Among the dead are at least five signatories of the 2016 peace agreement, according to the "
                   "Ombudsman’s Office.")
    assert metrics(table) == [("killed", 5)]


def test_a_subset_clause_does_not_give_its_total_a_predicate():
    table = claims("Of the hostages, 50 remain in Gaza, including the bodies of at least 28 whose deaths have been "
                   "confirmed by the IDF.")
    assert metrics(table) == [("captured", 50), ("killed", 28)]


def test_a_list_item_after_a_time_phrase_and_another_shares_the_verb():
    table = claims("The IDF says it has killed over 22,000 combatants in Gaza as of January, and another 1,600 "
                   "terrorists inside Israel during the October 7 onslaught.")
    assert metrics(table) == [("killed", 22000), ("killed", 1600)]


def test_a_list_item_after_a_long_noun_phrase_shares_the_verb():
    table = claims("The Syrian Observatory for Human Rights (SOHR), a UK-based monitoring group, said 1,311 people "
                   "had been killed since Thursday, including 830 civilians, 230 members of the security forces "
                   "and 250 pro-Assad fighters.")
    assert metrics(table) == [("killed", 1311), ("killed", 830), ("killed", 230), ("killed", 250)]


def test_no_casualties_is_no_predicate_of_troops_a_base_hosts():
    table = claims("Iran retaliated with a missile strike on the Al-Udeid air base in Qatar, which hosts some 10,000 "
                   "US troops, causing no casualties.")
    assert metrics(table) == [("deployed", 10000)]


def test_troops_rotated_in_are_deployed():
    table = claims("Pyongyang has reportedly rotated in a further 3,000 troops since then, mostly to replace losses "
                   "in assault units.")
    assert metrics(table) == [("deployed", 3000)]


def test_occupants_lost_are_a_loss_reports_tally():
    row = claims("The enemy lost 1,210 occupants, the General Staff said.").iloc[0]
    assert (row["metric"], row["value"]) == ("casualties", 1210)


def test_one_mention_of_a_foreign_force_does_not_make_the_soldiers_of_an_article_its_own():
    table = claims("DAKAR, Senegal (AP) — Al-Qaida-linked fighters killed more than 50 soldiers and volunteer "
                   "militiamen in a coordinated assault on a military base in the northern Burkina Faso town of "
                   "Djibo, residents and a security analyst said.\n\nOne resident of Djibo said he had helped bury "
                   "the bodies of 34 soldiers on Monday.\n\nTraoré's junta expelled French forces and has turned to "
                   "Russia for security support.")
    assert table[["value", "subject"]].values.tolist() == [[50, "BF"], [34, "BF"]]


def test_people_a_rebel_army_counts_after_the_juntas_strike_are_not_its_own_men():
    row = claims("Junta Airstrike Kills 31 on Ramree Island: Arakan Army").iloc[0]
    assert (row["value"], row["claimant_country"]) == (31, "other") and row["subject"] != "aa"


def test_fighters_of_the_group_are_the_speaking_groups_own():
    table = claims("Arakan Army spokesman Khine Thu Kha told Reuters by phone that 23 of the group's fighters had "
                   "been killed and more than 60 wounded in the assault.")
    assert table["subject"].tolist() == ["aa", "aa"]


def test_soldiers_taken_prisoner_are_captured():
    row = claims("The ministry added that units of the battlegroup had taken eight Ukrainian servicemen prisoner in "
                 "the Sumy Region, and destroyed three tanks.").iloc[0]
    assert (row["metric"], row["value"], row["subject"]) == ("captured", 8, "UA")


def test_victims_a_hospital_treated_are_wounded():
    row = claims("Dr Jean-Robert Pierre, director of the Saint-Nicolas hospital in Saint-Marc, told AFP his staff had "
                 "treated 16 gunshot victims in the past week.").iloc[0]
    assert (row["metric"], row["value"]) == ("wounded", 16)


def test_a_part_that_died_in_captivity_is_killed():
    table = claims("About 7,140 Americans were held as prisoners of war during the conflict, and 2,701 of them died in "
                   "captivity, according to the Defense POW/MIA Accounting Agency.")
    assert table[["metric", "value"]].values.tolist() == [["captured", 7140], ["killed", 2701]]


def test_a_part_killed_or_wounded_is_casualties():
    table = claims("The JCS said some 11,000 North Korean troops had been sent to Russia, and that about 4,700 of them "
                   "had been killed or wounded.")
    assert table.loc[table["value"] == 4700, "metric"].tolist() == ["casualties"]


def test_criminal_elements_arrested_are_captured():
    table = claims("He said troops of Operation Safe Haven in the North-Central neutralised 23 terrorists and arrested "
                   "31 criminal elements in Plateau and Southern Kaduna.")
    assert table[["metric", "value"]].values.tolist() == [["killed", 23], ["captured", 31]]


def test_killing_or_wounding_is_casualties():
    row = claims('In a statement on Telegram, the RSF denied targeting civilians and said its forces had "liberated" '
                 'El Fasher, killing or wounding "thousands" of army soldiers.').iloc[0]
    assert row["metric"] == "casualties"


def test_a_storms_and_dams_dead_are_no_war_claim():
    assert claims("In September 2023, Storm Daniel and the collapse of two dams killed more than 4,300 people in the "
                  "eastern city of Derna, according to the World Health Organization.").empty


def test_a_bare_part_of_the_total_a_sentence_opens_with_shares_its_metric():
    table = claims("Of the 251 hostages taken into Gaza that day, 50 remain in the enclave, including bodies of the "
                   "dead.")
    assert table[["metric", "value"]].values.tolist() == [["captured", 251], ["captured", 50]]


# --- Whose people -----------------------------------------------------------------------------

def subjects(table: pd.DataFrame) -> list[tuple[int, str]]:
    return [(int(row.value) if not pd.isna(row.value) else int(row.low), row.subject)
            for row in table.sort_values("start").itertuples()]


def test_a_nationality_named_with_captives_is_theirs_whoever_holds_them():
    table = claims("In June 2021, Tigrayan forces paraded thousands of captured Ethiopian soldiers through the "
                   "streets of Mekelle.")
    assert subjects(table) == [(2000, "ET")]


def test_a_nationality_named_with_the_dead_is_theirs_whoever_killed_them():
    table = claims("Tuareg-led separatist rebels in northern Mali said on Monday they had killed 47 Malian soldiers "
                   "and 84 Wagner mercenaries during several days of fighting.")
    assert subjects(table) == [(47, "ML"), (84, "RU")]


def test_a_states_possessive_before_the_amount_names_its_people():
    table = claims("Russia's roughly 2,000 peacekeepers in Nagorno-Karabakh were not involved in the fighting.")
    assert subjects(table) == [(2000, "RU")]


def test_both_sides_of_a_border_is_no_toll_of_both_sides():
    table = claims("The ELN, founded in 1964, has an estimated 5,800 members, according to military intelligence, "
                   "and operates on both sides of the border with Venezuela.")
    assert subjects(table) == [(5800, "eln")]


def test_soldiers_the_military_reports_wounded_are_its_states_after_a_states_claim():
    table = claims("Islamabad (AFP) – Pakistan said Sunday that 23 of its soldiers were killed in overnight clashes "
                   "with Afghan Taliban forces along their shared border, the deadliest such fighting in years.\n\n"
                   "The military said in a statement that more than 200 Taliban and affiliated militants had been "
                   "“neutralised” and that 29 soldiers had been wounded.")
    assert (29, "PK") in subjects(table)


def test_fighters_the_rebels_lost_are_the_articles_armed_group():
    table = claims("Fighters of the Strategic Framework for the Defence of the People of Azawad (CSP) attacked a "
                   "convoy near Tinzaouaten, the CSP said.\n\n"
                   "Its spokesman, Mohamed Elmaouloud Ramadane, said the rebels had lost nine fighters and that 11 "
                   "others were wounded.")
    assert [subject for value, subject in subjects(table) if value in (9, 11)] == ["csp", "csp"]


def test_one_soldier_after_a_groups_losses_is_the_states():
    table = claims("Five members of the New People's Army (NPA) were killed in an encounter with government troops "
                   "in the hinterlands of Guihulngan City, Negros Oriental, said Lt. Col. Arnel Calaoagan. He said one "
                   "soldier was killed and two others were wounded.")
    assert table[["value", "subject"]].values.tolist() == [[5, "npa"], [1, "PH"], [2, "PH"]]


# --- The outlet's own voice and its state -----------------------------------------------------

def test_an_outlets_report_is_media_even_in_its_own_copy():
    # the guide: `media` for an outlet or its own count
    row = claims_from_text("As Ukrinform reported earlier, a Russian drone strike on Sumy on August 22 killed two "
                           "people and injured 12.", published="2025-08-24", outlet="Ukrinform").iloc[0]
    assert (row["claimant"], row["claimant_country"]) == ("Ukrinform", "media")


def test_a_defence_ministry_speaks_for_the_forces_the_sentence_opens_with():
    table = claims('Turkish security forces "neutralized" 14 PKK/YPG terrorists in northern Iraq and Syria over the '
                   'past week, the National Defense Ministry said on Thursday.')
    assert table["claimant_country"].tolist() == ["TR"]


def test_a_ministry_spokesman_speaks_for_the_ministry_named_before():
    table = claims('Turkish security forces "neutralized" 14 PKK/YPG terrorists in northern Iraq and Syria over the '
                   'past week, the National Defense Ministry said on Thursday.\n\n'
                   "Ministry spokesman Rear Adm. Zeki Akturk told reporters that a total of 1,147 terrorists had been "
                   "neutralized since the start of the year, including those killed in air operations.")
    assert table["claimant_country"].tolist() == ["TR", "TR"]


def test_security_sources_in_the_outlets_own_state_are_that_states():
    text = ("Türkiye's intelligence agency and Turkish troops have pressed operations against the PKK in Iraq, "
            "Turkish officials said.\n\n"
            "Security sources said the YPG/SDF is holding about 10,000 Daesh/ISIS terrorists in prisons in "
            "northeastern Syria.")
    assert claims_from_text(text, outlet="Anadolu Agency")["claimant_country"].tolist()[-1] == "TR"


def test_a_national_office_holder_keeps_the_state_handed_on_not_the_place_struck():
    text = ("The Indian Army said on Saturday that its forces had struck nine sites across the border.\n\n"
            "More than 100 terrorists, including those involved in the hijacking of IC-814 and the Pulwama attack, "
            "were killed in the precision strikes on nine terror camps in Pakistan and Pakistan-occupied Kashmir, "
            "Director General of Military Operations (DGMO) Lt. Gen. Rajiv Ghai said on Sunday.")
    assert claims(text)["claimant_country"].tolist() == ["IN"]


def test_a_human_rights_ombudswoman_is_a_state_office():
    table = claims("Armenia said Azerbaijani forces shelled its border towns overnight.\n\n"
                   "Human rights ombudswoman Kristine Grigorian said three Armenian civilians were wounded in "
                   "Azerbaijani shelling of Jermuk and other towns.")
    assert table["claimant_country"].tolist() == ["AM"]


def test_a_loss_report_killed_and_wounded_is_casualties():
    table = claims("Ukraine's General Staff claims Russia loses about 1,000 troops a day, killed and wounded, or "
                   "roughly 7,000 a week.")
    assert metrics(table)[0] == ("casualties", 1000)


def test_a_battlegroups_zone_of_responsibility_marks_a_loss_report():
    table = claims("Ukraine lost more than 240 troops in the zone of responsibility of the Battlegroup South, the "
                   "ministry said.")
    assert metrics(table) == [("casualties", 240)]


def test_a_toll_that_could_surpass_a_figure_is_no_claim():
    assert claims("At current rates, Russian casualties could surpass 1.5 million by mid-2026.").empty


def test_people_facing_hunger_are_no_casualties():
    assert claims("The World Food Programme says more than half a million people in Gaza are facing catastrophic "
                  "hunger.").empty


def test_a_list_of_ages_counts_no_one():
    table = claims("Three children, aged four, nine and 15, were among the wounded, he said.")
    assert metrics(table) == [("wounded", 3)]


def test_people_in_critical_condition_are_wounded():
    table = claims("The wounded Marines were airlifted to the Camp Navarro General Hospital in Zamboanga City.\n\n"
                   "Three of them remain in critical condition, said Lt. Col. Elvis Rama, spokesperson of the Western "
                   "Mindanao Command (Westmincom).")
    assert metrics(table) == [("wounded", 3)]


def test_soldiers_airlifted_are_deployed():
    table = claims("In the weeks after Galwan, the Indian Air Force airlifted more than 68,000 Army personnel, "
                   "about 90 tanks and 330 BMP infantry combat vehicles to eastern Ladakh.")
    assert metrics(table) == [("deployed", 68000)]


def test_corpses_recovered_are_killed():
    table = claims("A resident of the community, Malam Lawali Bungudu, told PUNCH on the telephone that 41 corpses "
                   "had been recovered as of Saturday morning.")
    assert metrics(table) == [("killed", 41)]


def test_a_read_link_line_is_no_body_text():
    table = claims("Two soldiers were wounded in the clash, the army said.\n\n"
                   "READ: 2 soldiers killed, 5 hurt in Basilan clash with Abu Sayyaf remnants\n\n"
                   "The military said it would send reinforcements.")
    assert metrics(table) == [("wounded", 2)]


def test_the_number_of_troops_in_a_region_is_no_population():
    table = claims("The move will bring the number of U.S. troops in the region to roughly 40,000, up from about "
                   "30,000 earlier this year, according to two officials.")
    assert metrics(table) == [("deployed", 40000), ("deployed", 30000)]


def test_to_one_figure_from_another_is_the_same_count():
    table = claims("In April, the Pentagon said it would consolidate forces in Syria, cutting the number of U.S. "
                   "troops there to fewer than 1,000 from about 2,000.")
    assert metrics(table) == [("deployed", 1000), ("deployed", 2000)]


def test_fighters_that_number_a_figure_are_deployed():
    table = claims("Russian paramilitaries, now rebranded as the Africa Corps, number around 2,500 in Mali, "
                   "according to Western diplomats.")
    assert metrics(table) == [("deployed", 2500)]


def test_people_an_armed_group_is_holding_are_captured():
    table = claims("The guerrilla group is holding at least 20 people, including police officers and soldiers, "
                   "according to the Attorney General’s Office.")
    assert metrics(table) == [("captured", 20)]


def test_jawans_are_soldiers():
    assert metrics(claims("Seven BSF jawans were injured in the same incident, the BSF said in a post on X.")) \
        == [("wounded", 7)]


def test_a_formation_of_troops_and_a_groups_peak_strength_are_deployed():
    table = claims("Pakistan has raised a special security division of over 15,000 troops to protect Chinese "
                   "nationals and projects.\n\nThe armed group’s strength peaked at about 25,000 fighters in the 1980s.")
    assert metrics(table) == [("deployed", 15000), ("deployed", 25000)]


def test_a_councils_size_counts_no_one():
    assert claims("The 15-member Security Council will vote on a French-drafted resolution that would extend the "
                  "mandate of the UN Interim Force in Lebanon.").empty


def test_a_days_loss_report_in_a_headline_is_casualties():
    assert metrics(claims("Russian army loses 1,030 soldiers in Ukraine over past day")) == [("casualties", 1030)]


def test_a_military_official_after_a_states_army_speaks_for_it_whoever_it_counts():
    table = claims("The Israel Defense Forces estimates that it has killed some 20,000 Hamas and Palestinian "
                   "Islamic Jihad operatives in the Gaza Strip since the beginning of the war, a military official "
                   "told reporters on Monday.\n\n"
                   "The figure includes about 1,600 terrorists killed inside Israel during the October 7 onslaught, "
                   "the official said.")
    assert table["claimant_country"].tolist() == ["IL", "IL"]


def test_the_military_after_the_idf_is_israels():
    table = claims("According to the IDF, 855 soldiers have been killed since October 7, 2023, including 415 in the "
                   "ground offensive in Gaza and along the border.\n\n"
                   "In addition, 2,716 troops have been wounded in the Gaza ground operation, the military said.")
    assert set(table["claimant_country"]) == {"IL"}


def test_a_rebel_alliance_is_no_state():
    table = claims("Western officials said Russia had sent more troops to Mali.\n\n"
                   "The rebel alliance said it had killed 84 Wagner fighters and 47 Malian soldiers.")
    assert set(table["claimant_country"]) == {"other"}


def test_an_official_of_the_city_speaks_for_the_citys_state():
    table = claims("France said it would host talks on the war next week.\n\n"
                   "At least 23 people, including four children, were killed in Kyiv overnight, the head of the city's "
                   "military administration, Tymur Tkachenko, said.")
    assert set(table["claimant_country"]) == {"UA"}


def test_marines_in_a_state_with_its_own_marine_corps_are_not_americans():
    table = claims("Two Marines were killed and 12 others wounded in a clash with remnants of the Abu Sayyaf Group "
                   "in Sumisip town, Basilan province, on Wednesday, a military official said.")
    assert "US" not in set(table["subject"])


def test_a_role_before_a_long_name_is_a_speaker():
    assert speakers("In a rare admission, junta spokesman Major General Zaw Min Tun said on state television that "
                    "2,389 soldiers and police had been killed.") == ["junta spokesman Major General Zaw Min Tun"]


def test_an_aside_then_an_adverb_before_the_verb_leave_the_speaker():
    assert speakers("Russia's defense ministry, for its part, regularly claims to have \"eliminated\" 1,200 to 1,500 "
                    "Ukrainian servicemen a day.") == ["Russia's defense ministry"]


def test_in_the_statement_is_an_aside():
    assert speakers("The command, in the statement, said 150 additional operatives of the Police Mobile Force had "
                    "been drafted to Bungudu.") == ["The command"]


def test_specified_is_a_saying_verb():
    assert speakers("Over the past day, the enemy's losses in the Sumy area amounted to more than 170 servicemen, "
                    "two tanks and four artillery guns, the ministry specified.") == ["the ministry"]


def test_a_running_tally_is_its_owners():
    assert speakers("Acled's running tally, based on media reports and local sources, now stands at more than "
                    "28,700 people killed.") == ["Acled"]


def test_an_official_who_puts_a_figure_at_may_open_with_a():
    assert speakers("Speaking to reporters in Washington in April, a senior US defence official put Russian killed "
                    "and wounded at \"well over 700,000\".") == ["a senior US defence official"]


def test_peacekeepers_named_so_are_peacekeepers():
    table = claims("A senior UN official told reporters in New York last week that between 13,000 and 14,000 military "
                   "and police peacekeepers would remain in Congo.")
    assert set(table["subject"]) == {"peacekeepers"}


def test_bandits_are_bandits_not_the_states_people():
    table = claims("Also, the Nigerian Army said troops of Operation Fansan Yamma had neutralised 11 bandits during a "
                   "follow-up operation along the Kaura Namoda axis.")
    assert table["subject"].tolist() == ["bandits"]


def test_his_country_sends_its_own_soldiers():
    table = claims("Estonia's defence minister says his country is ready to send a company of about 150 soldiers to "
                   "Ukraine as part of a reassurance force.")
    assert table["subject"].tolist() == ["EE"]


def test_a_later_dateline_opens_a_new_story_whose_people_are_its_places():
    table = claims("DAMASCUS, Syria (AP) — Clashes in Sweida have killed 128 people, a war monitor said.\n\n"
                   "Gaza: overnight strikes\n\n"
                   "GAZA CITY — Gaza's Civil Defence agency said Israeli strikes killed 31 people across the territory "
                   "overnight, including 12 women and children.")
    assert subjects(table)[-2] == (31, "PS")


def test_a_more_for_you_list_is_no_body_text():
    table = claims("Fourteen South African soldiers were killed in fighting around Goma, the army said.\n\n"
                   "More for you\nDR Congo: 6 killed as protesters attack embassies in Kinshasa\n"
                   "Burundi sends 1,000 more troops to South Kivu - reports\n")
    assert metrics(table) == [("killed", 14)]


def test_hostages_still_alive_are_captured():
    table = claims("Of the 50 hostages still in Gaza, Israel believes around 20 are alive.")
    assert metrics(table) == [("captured", 50), ("captured", 20)]


def test_nuns_are_people():
    table = claims("Last week, gunmen killed at least 10 people, including two nuns, in an attack on the town of "
                   "Mirebalais.")
    assert metrics(table) == [("killed", 10), ("killed", 2)]


def test_people_living_somewhere_are_no_casualties():
    assert claims("Excluding annexed east Jerusalem, it is home to around three million Palestinians, as well as "
                  "some 500,000 Israelis living in settlements.").empty


def test_soldiers_serving_with_a_mission_were_killed_not_deployed():
    table = claims("Fourteen South African soldiers serving with MONUSCO and a regional force from the Southern "
                   "African Development Community (SADC) were killed in fighting around Goma.")
    assert metrics(table) == [("killed", 14)]


def test_losses_that_top_a_figure_in_a_title_case_headline_are_casualties():
    table = claims("Russian Army's Losses In Ukraine Top 1.13 Million, Including 940 Over Past Day")
    assert metrics(table) == [("casualties", 1130000), ("casualties", 940)]


def test_the_remains_of_hostages_are_dead():
    assert metrics(claims("Israel says remains of 2 hostages recovered in Gaza")) == [("killed", 2)]


def test_including_one_by_someone_counts_no_one():
    table = claims("Some estimates, including one by the former US envoy Tom Perriello, put the death toll as high "
                   "as 150,000.")
    assert metrics(table) == [("killed", 150000)]


def test_by_someones_count_names_the_claimant():
    assert speakers("In eastern Congo, the M23's capture of Goma and Bukavu cost at least 7,000 lives by "
                    "Kinshasa's count.") == ["Kinshasa"]


def test_gang_members_are_gangs():
    table = claims("The Haitian National Police said it had killed dozens of gang members in operations in the "
                   "capital.")
    assert table["subject"].tolist() == ["gangs"]


def test_the_outlets_state_is_no_home_party_when_another_state_is_named_as_often():
    text = ("Sri Lanka's army said on Monday it had killed the LTTE leader.\n\n"
            "India welcomed the end of the war.\n\n"
            "Defence Secretary Gotabaya Rajapaksa said 6,261 security forces personnel had been killed and 29,551 "
            "wounded since 2006.")
    assert set(claims_from_text(text, outlet="The Hindu")["claimant_country"]) == {"LK"}


def test_a_report_seen_by_an_outlet_is_the_reports():
    # this sentence made the extractor fail on its whole article before
    row = claims("Russia's Wagner Group has deployed between 800 and 1,200 mercenaries to Libya to fight alongside "
                 "renegade military commander Khalifa Haftar's forces, according to a confidential United Nations "
                 "report seen by Al Jazeera.").iloc[0]
    assert (row["metric"], row["low"], row["high"], row["claimant_country"]) == ("deployed", 800, 1200, "un")


def values(table: pd.DataFrame) -> list[tuple[str, int]]:
    return metrics(table)


def test_lakh_is_a_hundred_thousand():
    table = claims("Separatist leaders say India has stationed over seven lakh troops in the region, a figure New "
                   "Delhi disputes.")
    assert values(table) == [("deployed", 700000)]


def test_people_charged_over_killings_or_interviewed_are_no_casualties():
    assert claims("Three soldiers were charged over the killings, but their trial has repeatedly stalled.\n\n"
                  "Human Rights Watch interviewed 23 people by telephone, including witnesses.").empty


def test_victims_of_kidnapping_or_disappearance_are_captured_or_missing():
    table = claims("The center has also counted more than 27,000 victims of kidnapping since 1970.\n\n"
                   "The National Center for Historical Memory has documented more than 60,000 victims of forced "
                   "disappearance between 1970 and 2015.\n\n"
                   "Colombia's Victims' Unit has registered more than 8.3 million victims of the conflict, most of "
                   "them displaced people.")
    assert values(table) == [("captured", 27000), ("missing", 60000)]


def test_a_country_of_barely_four_million_is_a_population():
    table = claims("At the height of the fighting, Ethiopia massed about 300,000 troops along the 1,000km frontier, "
                   "while Eritrea, a country of barely four million, mobilised much of its adult population.")
    assert values(table) == [("deployed", 300000)]


def test_a_force_that_numbered_a_figure_is_deployed():
    table = claims("The Indian Peace Keeping Force, which numbered about 80,000 at its peak, lost nearly 1,200 "
                   "soldiers before it was withdrawn in 1990.")
    assert values(table)[0] == ("deployed", 80000)


def test_among_the_civilians_a_toll_goes_on():
    table = claims("At least 50 civilians were killed in the attack, police said.\n\n"
                   "Among the civilians were 31 children and 18 women.")
    assert values(table) == [("killed", 50), ("killed", 31), ("killed", 18)]


def test_lost_servicemen_beside_a_toll_of_the_dead_are_dead():
    table = claims("Armenia has put its military dead at 3,825, while Azerbaijan says it lost 2,908 servicemen.")
    assert values(table) == [("killed", 3825), ("killed", 2908)]


def test_one_of_a_states_peacekeepers_is_the_states():
    table = claims("Malawi said three of its soldiers serving with SAMIDRC had been killed, while Uruguay reported "
                   "the death of one of its peacekeepers.")
    assert subjects(table)[-1] == (1, "UY")


def test_ages_in_apposition_after_names_count_no_one():
    assert claims("The ministry, based in Ramallah, named the dead as Ahmad Bisharat, 22, his cousin Mohammed, 19, "
                  "and Yazan Daraghmeh, 17.").empty


def test_a_disaster_toll_in_a_sentence_without_fighting_is_no_claim():
    assert claims("The junta said on Monday that the death toll from the 7.7-magnitude earthquake on 28 March had "
                  "risen to 3,649, with 5,018 injured and 145 still missing.").empty


def test_the_enemy_lost_a_few_dozen_is_a_loss_report():
    table = claims("In the Gornal area alone, the enemy lost up to 90 servicemen over the day, the ministry said.")
    assert values(table) == [("casualties", 90)]


def test_another_figure_to_be_sent_once_something_happens_is_deployed():
    table = claims("The army sent 3,000 troops to the border last week.\n\n"
                   "The army would send another 4,000 once a new round of recruitment is complete, he said.")
    assert values(table) == [("deployed", 3000), ("deployed", 4000)]


def test_people_buried_under_rubble_are_missing():
    table = claims("Spokesperson Mahmoud Bassal said rescuers were still searching for two people believed to be "
                   "buried under the rubble.")
    assert values(table) == [("missing", 2)]


def test_the_abduction_of_people_and_its_subset_are_captured():
    table = claims("WHO Director-General Tedros Adhanom Ghebreyesus said the agency had also confirmed the abduction "
                   "of six health workers, including four doctors.")
    assert values(table) == [("captured", 6), ("captured", 4)]


def test_murders_minors_and_martyrdom_are_deaths():
    table = claims("That works out at roughly five murders a day, more than double the pre-war rate.\n\n"
                   "According to the Network for the Rights of Children in Mexico (Redim), at least 47 minors were "
                   "murdered in Sinaloa.\n\n"
                   "In a detailed statement, the ISPR said 11 soldiers of the armed forces had also embraced "
                   "martyrdom while valiantly fighting.")
    assert values(table) == [("killed", 5), ("killed", 47), ("killed", 11)]


def test_an_amount_after_a_currency_code_is_money():
    assert claims("Terekhov said the city would pay UAH 50,000 to each family whose apartment had been destroyed "
                  "and that temporary accommodation had been prepared in two dormitories.").empty


def test_rescue_workers_sent_are_no_force():
    table = claims("China sent 135 rescue workers and dozens of tonnes of supplies, while North Korea sent 5,000 "
                   "military construction workers.")
    assert values(table) == [("deployed", 5000)]


def test_the_enclaves_health_ministry_counts_its_own_people():
    table = claims("Israeli strikes and gunfire killed at least 93 Palestinians across the Gaza Strip over the past "
                   "24 hours, including 20 near an aid site close to the border with Egypt, the enclave's health "
                   "ministry said.")
    assert set(table["claimant_country"]) == {"PS"}


def test_a_network_for_the_rights_of_children_is_an_ngo():
    table = claims("According to the Network for the Rights of Children in Mexico (Redim), at least 47 minors were "
                   "murdered in Sinaloa.")
    assert table["claimant_country"].tolist() == ["other"]


def test_a_body_run_by_a_group_that_puts_a_figure_at_is_named():
    assert speakers("Gaza's government media office, run by Hamas, puts the number of journalists killed in the "
                    "territory since October 2023 at 242.") == ["Gaza's government media office"]


# --- Whose people: names that tell no side ------------------------------------------------------------

EL_FASHER_LEAD = ("August 12, 2025 (EL FASHER) – At least 40 civilians were killed and 19 others wounded on Monday when "
                  "the Rapid Support Forces (RSF) shelled the Abu Shouk camp for displaced people on the northern edge "
                  "of El Fasher, the capital of North Darfur state, a local volunteer group said.")
SAUDI_HOSPITAL = ("The Abu Shouk Emergency Response Room said in a statement that the dead included 11 children and "
                  "seven women. Most of the wounded were taken to the Saudi Hospital, the last partially functioning "
                  "medical facility in the besieged city, where doctors said they were operating without anaesthetics.")


def test_a_demonym_naming_a_hospital_or_an_owner_is_not_the_articles_nationality():
    from warclaims.articles import body_segments
    from warclaims.extract.context import ArticleContext
    from warclaims.extract.sentences import split_sentences
    text = "\n\n".join([SAUDI_HOSPITAL, "Saudi-owned Al Hadath television, citing military sources, reported that "
                        "17 soldiers were killed in the fighting near Um Sumeima.", "Sudanese doctors said so."])
    context = ArticleContext(None, sentences=split_sentences(text, body_segments(text)), text=text)
    assert context.nationality() == "SD"


def test_captives_after_a_group_named_in_the_object_of_a_verb_before_are_not_its_foes():
    table = claims("\n\n".join([EL_FASHER_LEAD, SAUDI_HOSPITAL,
                                "The paramilitary said it had killed more than 120 of the \"Burhan militias\" and "
                                "captured 35 others."]))
    assert table.loc[table["metric"] == "captured", "subject"].tolist() == ["SD"]


# --- Claimants handed on ------------------------------------------------------------------------------

def test_he_after_a_title_before_the_comma_of_a_name_speaks_for_the_titles_state():
    table = claims("India said the strikes were a response to an April 22 attack on Hindu tourists at Pahalgam in "
                   "Indian Kashmir that killed 26 men.\n\n"
                   "Pakistan's military spokesman, Lieutenant General Ahmed Sharif Chaudhry, told a late-night news "
                   "conference in Rawalpindi that Indian missiles had hit six locations, including two mosques, and "
                   "that the dead included a three-year-old girl. \"Among the dead were seven women and five "
                   "children,\" he said.")
    said = table[table["claimant"] == "Lieutenant General Ahmed Sharif Chaudhry"]
    assert said["claimant_country"].tolist() == ["PK", "PK"]


def test_a_national_office_naming_no_state_does_not_take_the_state_of_the_people_it_counts():
    table = claims("India News\n\n"
                   "The Director General of Military Operations said 35 to 40 Pakistani Army personnel were killed in "
                   "cross-border firing between May 7 and May 10.\n\n"
                   "India News | Written by Ritika Deshmukh | Updated: May 11, 2025 10:52 pm IST\n\n"
                   "Track Latest News Live on NDTV.com and get news updates from India and around the world.",
                   outlet="NDTV")
    assert table[["subject", "claimant_country"]].values.tolist() == [["PK", "IN"]]
