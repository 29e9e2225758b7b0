"""Report and domain vocabulary in Swedish and English.

Qt's ``tr()`` translates the window; this table translates what the domain itself writes
(report titles, row labels, period words), so the CLI and the window produce the same words.
Swedish is the language of the municipality's tables and of every CSV contract.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["sv", "en"]
LANGUAGES: tuple[Lang, ...] = ("sv", "en")

_TERMS: dict[str, tuple[str, str]] = {
    # key: (Swedish, English)
    "gender": ("Kön", "Gender"),
    "category": ("Kategori", "Category"),
    "total": ("Totalt", "Total"),
    "women": ("Kvinnor", "Women"),
    "men": ("Män", "Men"),
    "unstated_plural": ("Ej angivet", "Not stated"),
    "woman": ("Kvinna", "Woman"),
    "man": ("Man", "Man"),
    "unstated": ("Ej angivet", "Not stated"),
    "dropin_title": ("Drop in-korta ärenden", "Drop-in short cases"),
    "all_sites": ("Alla mötesplatser", "All sites"),
    "all_chosen_sites": ("Alla valda mötesplatser", "All chosen sites"),
    "produced": ("Framtagen", "Produced"),
    "demo_word": ("Exempeldata", "Sample data"),
    "demo_note": (
        "Exempeldata: påhittade uppgifter från Vägledares demojournal, inte verklig statistik.",
        "Sample data: made-up records from Vägledare's demo journal, not real statistics.",
    ),
    "page": ("Sida", "Page"),
    "of": ("av", "of"),
    "dropin_unit": (
        "Räkneenhet: en besvarad fråga är ett snabbärende; en besökare med två frågor ger två.",
        "Counting unit: one answered question is one quick case; a visitor with two questions "
        "gives two.",
    ),
    "version": ("Vägledare", "Vägledare"),
    "suppressed_note": (
        "Små tal (1–4) visas som <5. Tal som visas som .. (alltid minst 5) är dolda för att de "
        "små talen inte ska kunna räknas fram ur summorna; andelar, medelvärden, medianer och "
        "kostnader som bygger på ett dolt tal visas också som .., och nollor visas alltid.",
        "Small counts (1–4) are shown as <5. Counts shown as .. (always 5 or more) are hidden "
        "so that the small counts cannot be worked out from the totals; shares, means, medians "
        "and costs that rest on a hidden count are also shown as .., and zeros are always shown.",
    ),
    # The audit log in words (the viewer): what was done, and to what.
    "audit.create": ("lade till", "added"),
    "audit.update": ("ändrade", "changed"),
    "audit.delete": ("tog bort", "removed"),
    "audit.login": ("loggade in", "logged in"),
    "audit.login_failed": ("fel PIN-kod", "wrong PIN"),
    "audit.locked_out": ("spärrades efter fel PIN-koder", "locked out after wrong PINs"),
    "audit.unlock": ("låste upp kontot för", "unlocked the account of"),
    "audit.lock": ("låste skärmen", "locked the screen"),
    "audit.start_code": ("gav en startkod till", "gave a start code to"),
    "audit.start_code_used": ("valde egen PIN-kod", "chose their own PIN"),
    "audit.export": ("exporterade", "exported"),
    "audit.print": ("skrev ut", "printed"),
    "audit.import": ("importerade", "imported"),
    "audit.restore": ("återställde journalen", "restored the journal"),
    "audit.retention": ("gallrade", "applied retention"),
    "audit.erasure": ("raderade", "erased"),
    "audit.access_export": ("tog ut registerutdrag för", "exported the register extract of"),
    "audit.recovery_code_made": ("gjorde en ny återställningskod", "made a new recovery code"),
    "audit.recovery_used": (
        "gav med återställningskoden en startkod till",
        "used the recovery code to give a start code to",
    ),
    "audit.triggers_restored": ("återskapade skyddet för", "restored the protection of"),
    "audit.erasure_reapplied": (
        "raderade igen det som raderats efter säkerhetskopian",
        "erased again what was erased after the backup",
    ),
    "audit.exchange_refused": ("vägrade en utbytesfil", "refused an exchange file"),
    "audit.desk_trusted": ("litar nu på en dator i journalutbytet", "now trusts a desk"),
    "audit.desk_revoked": ("slutade lita på en dator", "stopped trusting a desk"),
    "audit.survey_day": (
        "räknade anonyma enkätsvar för en dag",
        "counted a day's anonymous survey answers",
    ),
    "audit.survey_response": ("sparade enkätsvar för", "saved survey answers of"),
    "audit.nobody": ("Datorn", "The desk"),
    "entity.quick_case": ("snabbärende", "quick case"),
    "entity.case_file": ("ärende", "case"),
    "entity.case_contact": ("kontakt", "contact"),
    "entity.case_closure": ("avslut", "closure"),
    "entity.participant": ("deltagare", "participant"),
    "entity.survey_answer": ("enkätsvar", "survey answers"),
    "entity.survey_statement": ("enkätpåstående", "survey statement"),
    "entity.staff": ("personal", "staff member"),
    "entity.site": ("mötesplats", "site"),
    "entity.category": ("kategori", "category"),
    "entity.age_band": ("åldersgrupp", "age band"),
    "entity.language_group": ("grupp", "group"),
    "entity.enrolment": ("inskrivning", "enrolment"),
    "entity.group_session": ("tillfälle", "session"),
    "entity.attendance": ("närvaro", "attendance"),
    "entity.assessment": ("mätning", "reading"),
    "entity.setting": ("inställning", "setting"),
    "entity.resource_year": ("resurser per år", "resources per year"),
    "entity.import_batch": ("import", "import"),
    "entity.journal": ("journalen", "the journal"),
    "entity.audit_entry": ("loggen", "the log"),
    "preliminary_note": (
        "Preliminära uppgifter: perioden slutar {end}, och tabellen visar läget den {today}.",
        "Preliminary figures: the period ends on {end}; the table shows the state on {today}.",
    ),
    # Same period last year, beside the current columns (reports.compare)
    "previous_year_column": ("Föregående år {header}", "Previous year {header}"),
    "previous_year_note": ("Föregående år: {period}", "Previous year: {period}"),
    "withheld_note": (
        "x: ett tal som inte redovisas alls, eftersom de små talen annars kunde räknas fram; "
        "det kan vara vilket tal som helst, även 0.",
        "x: a count that is not published at all, since the small counts could otherwise be "
        "worked out; it may be any number, 0 included.",
    ),
    # Case reports (avslut, flow, resources)
    "reason": ("Orsak", "Reason"),
    "avslut_title": ("Avslut per orsak", "Closures by reason"),
    "flow_title": ("Ärendeflöde", "Case flow"),
    "resources_title": ("Resursindikatorer", "Resource indicators"),
    "route_all": ("alla ärenden", "all cases"),
    "route_citizen_service": ("ärenden genom medborgarservice", "cases through citizen service"),
    "route_referred": (
        "anvisningar ekonomiskt bistånd",
        "referrals via financial assistance",
    ),
    "route_word_citizen_service": ("medborgarservice", "citizen service"),
    "route_word_referred": ("anvisade", "referred"),
    "self_sufficient_total": (
        "Avslut till egen försörjning, totalt",
        "Closures to self-sufficiency, total",
    ),
    "grand_total": ("Totalsumma", "Grand total"),
    "self_sufficient_share": (
        "Andel avslut till egen försörjning",
        "Share of closures to self-sufficiency",
    ),
    "avslut_by_closing_date": (
        "Ärendena väljs efter avslutsdatum; ett återöppnat ärende räknas bara med sitt "
        "nuvarande avslut.",
        "Cases are selected by closing date; a reopened case counts only with its current closing.",
    ),
    "job_durations": (
        "Varaktigt arbete avser anställning som är längre än 6 månader. Tillfälligt arbete "
        "avser anställning som är 6 månader eller kortare.",
        "Lasting employment is employment longer than 6 months. Temporary employment is "
        "employment of 6 months or less.",
    ),
    "section_new_by_route": ("Nya ärenden per väg", "New cases by route"),
    "section_new_by_source": ("Nya ärenden per ingång", "New cases by referral source"),
    "section_open_at_end": ("Öppna ärenden vid periodens slut", "Open cases at period end"),
    "section_days": (
        "Dagar från start till avslut till egen försörjning",
        "Days from start to closure to self-sufficiency",
    ),
    "section": ("Avsnitt", "Section"),
    "measure": ("Mått", "Measure"),
    "not_stated": ("Ej angivet", "Not stated"),
    "closures_count": ("antal avslut", "number of closures"),
    "median": ("median", "median"),
    "lower_quartile": ("nedre kvartil", "lower quartile"),
    "upper_quartile": ("övre kvartil", "upper quartile"),
    "flow_days_note": (
        "Dagar räknas från ärendets start till dess nuvarande avslut till egen försörjning "
        "inom perioden; kvartiler enligt Excels KVARTIL.INK.",
        "Days are counted from the start of a case to its current closure to "
        "self-sufficiency within the period; quartiles as Excel's QUARTILE.INC.",
    ),
    "res_closures": ("Antal avslut till egen försörjning", "Closures to self-sufficiency"),
    "res_of_which_women": ("varav kvinnor", "of which women"),
    "res_of_which_men": ("varav män", "of which men"),
    "res_of_which_unstated": ("varav ej angivet", "of which not stated"),
    "res_fte": ("Antal årsarbetare", "Full-time equivalents"),
    "res_years": ("Periodens längd i år", "Length of the period in years"),
    "res_per_fte": (
        "Avslut till egen försörjning per årsarbetare under perioden",
        "Closures to self-sufficiency per FTE in the period",
    ),
    "res_per_fte_year": (
        "Avslut till egen försörjning per årsarbetare och år",
        "Closures to self-sufficiency per FTE and year",
    ),
    "res_cost_per_fte": (
        "Personalkostnad per årsarbetare och år",
        "Personnel cost per FTE and year",
    ),
    "res_cost": ("Personalkostnad för perioden", "Personnel cost for the period"),
    "res_cost_per_closure": (
        "Kostnad per avslut till egen försörjning",
        "Cost per closure to self-sufficiency",
    ),
    "res_fte_mean": (
        "Antal årsarbetare, genomsnitt för räknad tid",
        "Full-time equivalents, mean over the time counted",
    ),
    "res_counted_years": ("Räknad tid i år", "Time counted in years"),
    "res_fte_years": ("Årsarbetarår", "FTE-years"),
    "res_per_fte_years": (
        "Avslut till egen försörjning per årsarbetarår",
        "Closures to self-sufficiency per FTE-year",
    ),
    "res_cost_per_fte_mean": (
        "Personalkostnad per årsarbetarår, genomsnitt",
        "Personnel cost per FTE-year, mean",
    ),
    "res_stored_note": (
        "Årsarbetare och personalkostnad enligt resurser per år.",
        "Full-time equivalents and personnel cost as stored per year.",
    ),
    "res_yearly_note": (
        "Varje kalenderår räknas med sina egna årsarbetare och sin egen personalkostnad "
        "(resurser per år): årsarbetarår = årsarbetare × årets del av perioden, hela månader "
        "som tolftedelar.",
        "Each calendar year counts with its own full-time equivalents and personnel cost "
        "(resources per year): FTE-years = FTEs × the year's part of the period, whole months "
        "as twelfths.",
    ),
    "res_not_counted_note": (
        "{route} räknas inte {years} (0 årsarbetare); avslut och personalkostnad under den "
        "tiden ingår inte.",
        "{route} is not counted in {years} (0 FTEs); closures and personnel cost in that time "
        "are left out.",
    ),
    "res_missing_fte_note": (
        "Antal årsarbetare för {route} saknas för {years} ({where}): en teamledare anger dem "
        "under Resurser per år.",
        "The full-time equivalents for {route} are missing for {years} ({where}): a team lead "
        "enters them under Resources per year.",
    ),
    "res_missing_cost_note": (
        "Personalkostnad per årsarbetare för {route} saknas för {years} ({where}): en "
        "teamledare anger den under Resurser per år.",
        "The personnel cost per FTE for {route} is missing for {years} ({where}): a team lead "
        "enters it under Resources per year.",
    ),
    "res_whole_journal": ("hela journalen", "the whole journal"),
    "res_col_citizen_service": ("Medborgarservice", "Citizen service"),
    "res_col_referred": ("Anvisningar ekonomiskt bistånd", "Referrals via financial assistance"),
    "res_cost_note": (
        "Kostnaden avser personalkostnader; overhead som lokaler ingår inte.",
        "The cost is personnel cost only; overheads such as premises are not included.",
    ),
    "res_pooled_note": (
        "Totalt räknas från de sammanlagda talen (alla avslut delat med alla årsarbetare), "
        "aldrig genom att lägga ihop eller ta medelvärdet av kvoterna per väg.",
        "The total is computed from the pooled counts (all closures divided by all FTEs), "
        "never by adding or averaging the per-route ratios.",
    ),
    # Progression readings (BIP)
    "bip_title": ("Progression per faktor", "Progress per factor"),
    "bip_rounds_title": ("Progression per mätning", "Progress per reading"),
    "factor": ("Faktor", "Factor"),
    "reading_round": ("Mätning", "Reading"),
    "participants": ("Deltagare", "Participants"),
    "mean": ("Medelvärde", "Mean"),
    "mean_first": ("Medel första", "Mean first"),
    "mean_latest": ("Medel senaste", "Mean latest"),
    "change": ("Förändring", "Change"),
    "up": ("Upp", "Up"),
    "unchanged": ("Oförändrad", "Unchanged"),
    "down": ("Ned", "Down"),
    "respondent_participant": ("deltagare", "participant"),
    "respondent_coach": ("vägledare", "coach"),
    "bip_answered_by": (
        "Besvarat av: {who}. {coach_only} besvaras alltid av vägledaren.",
        "Answered by: {who}. {coach_only} is always answered by the coach.",
    ),
    "bip_factor_set": ("Faktorer: {label}.", "Factors: {label}."),
    "bip_rule": (
        "En deltagare räknas för en faktor när hen har minst två mätningar av faktorn i "
        "perioden; första = den tidigaste, senaste = den sista. Vill inte svara räknas inte. "
        "Upp, Oförändrad och Ned är antal deltagare.",
        "A participant counts for a factor when they have at least two readings of it in the "
        "period; first = the earliest, latest = the last. Declined answers do not count. Up, "
        "Unchanged and Down are numbers of participants.",
    ),
    "bip_rounds_rule": (
        "Deltagare vars första mätning gjordes i perioden. Mätning 1 är deltagarens första "
        "mätning, mätning 2 den andra och så vidare, även efter periodens slut.",
        "Participants whose first reading was taken in the period. Reading 1 is the "
        "participant's first reading, reading 2 the second and so on, also after the period.",
    ),
    "bip_small": (
        "Markerade rader bygger på färre än {n} deltagare och ska tolkas med försiktighet.",
        "Highlighted rows rest on fewer than {n} participants; read them with care.",
    ),
    "bip_other_versions": (
        "Mätningar gjorda med version {version} av faktorerna ingår inte ({n} st).",
        "Readings taken with version {version} of the factors are not included ({n}).",
    ),
    "bip_group": ("Urval: {what}.", "Group: {what}."),
    "bip_group_coach": ("vägledare {name}", "coach {name}"),
    "bip_group_first": ("första mätning {period}", "first reading {period}"),
    # -- språkgrupper, språkcaféer and läxhjälp (issue 4) ----------------------------------
    "kind.language_group": ("Språkgrupp", "Language group"),
    "kind.language_cafe": ("Språkcafé", "Language café"),
    "kind.homework_help": ("Läxhjälp", "Homework help"),
    "kind.other": ("Annan grupp", "Other group"),
    "route.referred": ("Anvisad", "Referred"),
    "route.citizen_service": ("Medborgarservice", "Citizen service"),
    "route.own_initiative": ("Egen hand", "Own initiative"),
    "outcome.employment": ("Anställning", "Employment"),
    "outcome.studies_sfi": ("Studier – SFI", "Studies – SFI"),
    "outcome.studies_basic_swedish": (
        "Studier – grundläggande svenska",
        "Studies – basic Swedish",
    ),
    "outcome.studies_other": ("Studier – annan utbildning", "Studies – other education"),
    "outcome.work_placement": ("Praktik", "Work placement"),
    "outcome.other_planning": ("Annan planering", "Other planning"),
    "outcome.moved": ("Flyttat", "Moved"),
    "outcome.dropped_out": ("Avbrott", "Dropped out"),
    "outcome.other": ("Annat", "Other"),
    "attendance.present": ("Närvarande", "Present"),
    "attendance.absent": ("Frånvarande", "Absent"),
    "attendance.excused": ("Anmäld frånvaro", "Excused absence"),
    "sprak_enrolled_since_start": (
        "Antal inskrivna deltagare sedan start",
        "Participants enrolled since start",
    ),
    "sprak_women": ("Antal kvinnor", "Women"),
    "sprak_men": ("Antal män", "Men"),
    "sprak_unstated": ("Antal ej angivet kön", "Gender not stated"),
    "sprak_enrolled_in_period": ("Inskrivna under perioden", "Enrolled during the period"),
    "sprak_sessions": ("Tillfällen", "Sessions"),
    "sprak_present_total": ("Närvarande totalt", "Total present"),
    "sprak_mean_present": ("Snitt närvarande per tillfälle", "Average present per session"),
    "sprak_max_present": ("Högsta närvaro", "Highest attendance"),
    "sprak_left_in_period": ("Avslutade under perioden", "Left during the period"),
    "sprak_outcome": ("Utfall", "Outcome"),
    "sprak_guests_women": ("Besökare utan inskrivning, kvinnor", "Walk-in guests, women"),
    "sprak_guests_men": ("Besökare utan inskrivning, män", "Walk-in guests, men"),
    "sprak_guests_unstated": (
        "Besökare utan inskrivning, ej angivet kön",
        "Walk-in guests, gender not stated",
    ),
    "sprak_note_attendance": (
        "Närvarande räknar inskrivna deltagare som var närvarande och besökare utan "
        "inskrivning; bara tillfällen där närvaron är registrerad räknas.",
        "Present counts enrolled participants who were present and walk-in guests; only "
        "sessions whose attendance was taken count.",
    ),
    "sprak_note_distinct": (
        "En deltagare räknas en gång per kolumn även om hen har skrivits in flera gånger; "
        "Totalt räknar varje deltagare en gång. Avslutade och utfall räknar utskrivningar.",
        "A participant is counted once per column even when enrolled several times; Total "
        "counts each participant once. Left and outcomes count leavings.",
    ),
    "group": ("Grupp", "Group"),
    "all_groups": ("Alla grupper", "All groups"),
    "participant_code": ("Deltagarkod", "Participant code"),
    "attendance_rate": ("Närvaro", "Attendance"),
    # The last column of narvaro and bip-rounds: the highlight in words, not colour alone.
    "below_threshold": ("Under tröskeln", "Below threshold"),
    # A table too wide for the page prints in column groups, a page (or more) each.
    "column_group": (
        "Kolumner, del {part} av {parts}: {names}",
        "Columns, part {part} of {parts}: {names}",
    ),
    "table_continued": ("{title} (forts.)", "{title} (cont.)"),
    "below_threshold_yes": ("ja", "yes"),
    "attendance_title": ("Närvaro per deltagare", "Attendance per participant"),
    "attendance_threshold": (
        "Markerade rader har närvaro under {threshold}.",
        "Highlighted rows have attendance below {threshold}.",
    ),
    "highlight_mark": (
        "Rader markerade med {mark} och rosa bakgrund förklaras under tabellen.",
        "Rows marked {mark} on a pink background are explained below the table.",
    ),
    "attendance_rate_note": (
        "Närvaro = närvarande / registrerade tillfällen medan deltagaren var inskriven; "
        "anmäld frånvaro räknas som frånvaro.",
        "Attendance = present / sessions taken while the participant was enrolled; excused "
        "absence counts as absence.",
    ),
    "outcomes_title": ("Utfall för avslutade deltagare", "Outcomes of participants who left"),
    "outcomes_summary_employment": (
        "{n} deltagare har gått vidare till anställning.",
        "{n} participants went on to employment.",
    ),
    "outcomes_summary_studies": (
        "{n} deltagare har gått vidare till studier.",
        "{n} participants went on to studies.",
    ),
    "long_title": (
        "Inskrivna längre än {months} månader utan utfall",
        "Enrolled longer than {months} months without an outcome",
    ),
    "long_enrolled_on": ("Inskriven", "Enrolled"),
    "long_months": ("Månader", "Months"),
    "route": ("Väg in", "Route"),
    "long_as_of": ("Läget den {date}.", "As of {date}."),
    "long_none": (
        "Ingen deltagare är inskriven så länge.",
        "No participant has been enrolled that long.",
    ),
    # The audit log's check (journal/audit_chain.py)
    "chain_whole": (
        "Loggen är hel: {n} poster från den här datorn stämmer.",
        "The log is whole: {n} entries from this computer check out.",
    ),
    "chain_broken": (
        "Loggen har ändrats utanför Vägledare:",
        "The log was changed outside Vägledare:",
    ),
    "chain_no_key": (
        "Datorn har ingen nyckel för loggen, så dess poster kan inte kontrolleras.",
        "This computer has no key for the log, so its entries cannot be checked.",
    ),
    "chain_others": (
        "{n} poster från {desks} kontrolleras bara för luckor: helt kan de bara kontrolleras "
        "på datorn som skrev dem.",
        "{n} entries from {desks} are only checked for gaps: only the computer that wrote them "
        "can check them fully.",
    ),
    "chain_one_desk": ("en annan dator", "one other computer"),
    "chain_desks": ("{n} andra datorer", "{n} other computers"),
    "chain_unsealed": (
        "{n} äldre poster saknar kedja och kontrolleras inte.",
        "{n} older entries have no chain and are not checked.",
    ),
    "chain_here": ("från den här datorn", "from this computer"),
    "chain_there": ("från en annan dator ({desk})", "from another computer ({desk})"),
    "chain_gap_one": (
        "Loggens post {first} {where} saknas (före {at}).",
        "Entry {first} {where} is missing (before {at}).",
    ),
    "chain_gap": (
        "Loggens poster {first}–{last} {where} saknas (före {at}).",
        "Entries {first}–{last} {where} are missing (before {at}).",
    ),
    "chain_twice": (
        "Loggens post {seq} {where} finns två gånger.",
        "Entry {seq} {where} is there twice.",
    ),
    "chain_changed": (
        "Loggens post {seq} från den här datorn ({at}) har ändrats eller satts in utanför "
        "Vägledare.",
        "Entry {seq} from this computer ({at}) was changed or inserted outside Vägledare.",
    ),
    "chain_tail_one": (
        "Loggens sista post {first} från den här datorn saknas: datorn skrev post {last} senast.",
        "The log's last entry {first} from this computer is missing: this computer last wrote "
        "entry {last}.",
    ),
    "chain_tail": (
        "Loggens sista poster {first}–{last} från den här datorn saknas: datorn skrev post "
        "{last} senast.",
        "The log's last entries {first}–{last} from this computer are missing: this computer "
        "last wrote entry {last}.",
    ),
    "chain_not_mine": (
        "Loggens post {seq} från den här datorn är inte den som datorn skrev.",
        "Entry {seq} from this computer is not the one this computer wrote.",
    ),
    "chain_more": ("… och {n} fel till.", "… and {n} more."),
}


def has_term(key: str) -> bool:
    return key in _TERMS


def term(key: str, lang: Lang = "sv") -> str:
    """The word for ``key`` in ``lang``."""
    sv, en = _TERMS[key]
    return sv if lang == "sv" else en
