-- Sample catalogue for the dev environment only (flyway locations: classpath:db/dev, see application-dev.yml).
-- A repeatable migration: Flyway runs it again whenever this file changes, so every statement inserts only
-- what is missing and never updates or deletes. Never put versioned (V...) files in db/dev: their numbers
-- would collide with the real migrations in db/migration.
-- Written in the subset of T-SQL that H2's MSSQLServer mode accepts: no batches (DECLARE, IF, GO), no
-- database time functions; literal UTC times; typed NULLs where SQL Server would not convert an untyped one.
-- Denormalised columns follow fi.tarjotin.common.SearchText.normalise: organisation.name_search and
-- opportunity.search_text (titles, summaries and descriptions
-- in fi, sv, en, then the organisation's name); fi.tarjotin.common.SortKey: organisation.name_sort and
-- opportunity.title_sort (the Finnish title); opportunity_municipality copies status, type and updated_at.
-- The organisations, their business ids and all contact data are made up; no data about job seekers.
-- Generated once from a script; edit with care and keep the denormalised columns consistent
-- (fi.tarjotin.devmode.DevSampleDataTest checks them).

-- Organisations
-- Nurmeksen Työttömät ry
INSERT INTO organisation (id, version, name, name_search, name_sort, kind, business_id, association_register_number, description_fi, description_sv, description_en, contact_email, contact_phone, website, street_address, postal_code, post_office, created_at, updated_at)
SELECT '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c01', 1, N'Nurmeksen Työttömät ry', N'nurmeksen tyottomat ry', N'nurmeksen työttömät ry', 'ASSOCIATION', '2184536-0', '178.534',
    N'Työttömien yhdistys Nurmeksen keskustassa. Ylläpidämme yhdistystaloa, Kahvila Pajaa, kierrätysmyymälää ja puutyöverstasta. Tarjoamme työkokeiluja, kuntouttavaa työtoimintaa ja palkkatukityötä yhteistyössä Pielisen Karjalan työllisyyspalveluiden kanssa.',
    NULL,
    N'An association of the unemployed in central Nurmes running a community house, a café, a second-hand shop and a woodwork shop.',
    N'toimisto.nurmes@example.fi', N'+358 40 555 0101', N'https://nurmeksentyottomat.example.fi', N'Kirkkokatu 14', '75500', N'Nurmes', '2026-08-03 08:15:00', '2026-08-03 08:15:00'
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE id = '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c01');

-- Joensuun nuorten työpaja
INSERT INTO organisation (id, version, name, name_search, name_sort, kind, business_id, association_register_number, description_fi, description_sv, description_en, contact_email, contact_phone, website, street_address, postal_code, post_office, created_at, updated_at)
SELECT '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c02', 1, N'Joensuun nuorten työpaja', N'joensuun nuorten tyopaja', N'joensuun nuorten työpaja', 'MUNICIPAL_UNIT', '2046237-6', NULL,
    N'Joensuun kaupungin nuorten työpaja tarjoaa alle 30-vuotiaille valmennusta media-, metalli-, auto-, puu- ja ompelupajoissa. Pajalla harjoitellaan työelämän taitoja ja suunnitellaan seuraavaa askelta opintoihin tai työhön.',
    N'Joensuu stads ungdomsverkstad erbjuder coachning för unga under 30 år.',
    N'The City of Joensuu youth workshop coaches young people under 30 in media, metal, car, wood and textile workshops.',
    N'tyopaja@example.fi', N'+358 13 555 0202', N'https://nuortentyopaja.example.fi', N'Rantakatu 20', '80100', N'Joensuu', '2026-08-05 07:30:00', '2026-08-05 07:30:00'
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE id = '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c02');

-- Joensuun seurakuntayhtymä, diakoniatyö
INSERT INTO organisation (id, version, name, name_search, name_sort, kind, business_id, association_register_number, description_fi, description_sv, description_en, contact_email, contact_phone, website, street_address, postal_code, post_office, created_at, updated_at)
SELECT '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c03', 1, N'Joensuun seurakuntayhtymä, diakoniatyö', N'joensuun seurakuntayhtyma, diakoniatyo', N'joensuun seurakuntayhtymä diakoniatyö', 'PARISH', '0171834-8', NULL,
    N'Seurakuntien diakoniatyö auttaa arjen vaikeuksissa. Järjestämme yhteisruokailuja, kirpputoria ja kielikahvilaa, ja tarjoamme vapaaehtoistyötä sekä kuntouttavaa työtoimintaa.',
    NULL,
    N'The parishes'' diaconal work: community meals, a flea market, a language café and volunteering.',
    N'diakonia.joensuu@example.fi', N'+358 13 555 0303', N'https://diakonia-joensuu.example.fi', N'Kirkkokatu 34', '80100', N'Joensuu', '2026-08-10 09:00:00', '2026-08-10 09:00:00'
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE id = '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c03');

-- Keski-Karjalan Kierrätyskeskus ry
INSERT INTO organisation (id, version, name, name_search, name_sort, kind, business_id, association_register_number, description_fi, description_sv, description_en, contact_email, contact_phone, website, street_address, postal_code, post_office, created_at, updated_at)
SELECT '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c04', 1, N'Keski-Karjalan Kierrätyskeskus ry', N'keski-karjalan kierratyskeskus ry', N'keski karjalan kierrätyskeskus ry', 'ASSOCIATION', '1560428-8', '195.771',
    N'Kierrätyskeskus ottaa vastaan huonekaluja, vaatteita ja kodin tavaroita, kunnostaa ne ja myy edullisesti myymälässään Kiteellä. Teemme nouto- ja muuttopalvelua koko Keski-Karjalan alueella.',
    NULL,
    NULL,
    N'kierratys.kitee@example.fi', N'+358 40 555 0404', N'https://kierratyskeskus-kk.example.fi', N'Teollisuustie 6', '82500', N'Kitee', '2026-08-12 10:20:00', '2026-08-12 10:20:00'
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE id = '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c04');

-- Outokummun Palvelupaja Oy
INSERT INTO organisation (id, version, name, name_search, name_sort, kind, business_id, association_register_number, description_fi, description_sv, description_en, contact_email, contact_phone, website, street_address, postal_code, post_office, created_at, updated_at)
SELECT '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c05', 1, N'Outokummun Palvelupaja Oy', N'outokummun palvelupaja oy', N'outokummun palvelupaja oy', 'SOCIAL_ENTERPRISE', '2876314-9', NULL,
    N'Yhteiskunnallinen yritys, joka tuottaa siivous-, pesula- ja kiinteistöhuollon palveluita ja työllistää osatyökykyisiä. Voitto käytetään työllistämiseen.',
    NULL,
    N'A social enterprise providing cleaning, laundry and property services and employing people with partial work ability.',
    N'palvelupaja@example.fi', N'+358 40 555 0505', N'https://palvelupaja-outokumpu.example.fi', N'Kummunkatu 31', '83500', N'Outokumpu', '2026-08-18 12:00:00', '2026-08-18 12:00:00'
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE id = '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c05');

-- Kontiolahden Liikuntaseura Kunto ry
INSERT INTO organisation (id, version, name, name_search, name_sort, kind, business_id, association_register_number, description_fi, description_sv, description_en, contact_email, contact_phone, website, street_address, postal_code, post_office, created_at, updated_at)
SELECT '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c06', 1, N'Kontiolahden Liikuntaseura Kunto ry', N'kontiolahden liikuntaseura kunto ry', N'kontiolahden liikuntaseura kunto ry', 'ASSOCIATION', '0869521-4', '102.356',
    N'Urheiluseura, jossa on hiihtoa, yleisurheilua ja lasten liikuntakerhoja. Seuran toiminta pyörii vapaaehtoisten voimin, ja otamme mielellämme mukaan uusia ohjaajia ja talkoolaisia.',
    NULL,
    N'A sports club for skiing, athletics and children''s sports clubs, run by volunteers.',
    N'seura.kunto@example.fi', N'+358 40 555 0606', N'https://liikuntaseurakunto.example.fi', N'Urheilutie 2', '81100', N'Kontiolahti', '2026-08-25 16:45:00', '2026-08-25 16:45:00'
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE id = '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c06');

-- Kiteen Martat ry
INSERT INTO organisation (id, version, name, name_search, name_sort, kind, business_id, association_register_number, description_fi, description_sv, description_en, contact_email, contact_phone, website, street_address, postal_code, post_office, created_at, updated_at)
SELECT '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c07', 1, N'Kiteen Martat ry', N'kiteen martat ry', N'kiteen martat ry', 'ASSOCIATION', NULL, '64.129',
    N'Marttayhdistys, joka järjestää ruoka- ja kotitalouskursseja, kerhoja ja neuvontaa. Toimintamme on avointa kaikille, myös Kiteelle muuttaneille.',
    N'Marthaförening i Kides som ordnar mat- och hushållskurser.',
    NULL,
    N'martat.kitee@example.fi', N'+358 40 555 0707', NULL, N'Savikontie 3', '82500', N'Kitee', '2026-09-01 11:10:00', '2026-09-01 11:10:00'
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE id = '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c07');

-- Joensuun Ruoka-apu ry
INSERT INTO organisation (id, version, name, name_search, name_sort, kind, business_id, association_register_number, description_fi, description_sv, description_en, contact_email, contact_phone, website, street_address, postal_code, post_office, created_at, updated_at)
SELECT '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c08', 1, N'Joensuun Ruoka-apu ry', N'joensuun ruoka-apu ry', N'joensuun ruoka apu ry', 'ASSOCIATION', '2647983-0', '211.045',
    N'Yhdistys jakaa kauppojen ylijäämäruokaa ruoka-apuna Joensuussa, Liperissä ja Kontiolahdella. Jakelu, varasto ja kuljetukset hoidetaan työllistettyjen ja vapaaehtoisten voimin.',
    NULL,
    N'We distribute surplus food from shops as food aid in Joensuu, Liperi and Kontiolahti.',
    N'ruoka-apu@example.fi', N'+358 40 555 0808', N'https://ruoka-apu-joensuu.example.fi', N'Peltolankatu 11', '80220', N'Joensuu', '2026-09-03 08:00:00', '2026-09-03 08:00:00'
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE id = '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c08');

-- Monikulttuuriyhdistys Kotipiha ry
INSERT INTO organisation (id, version, name, name_search, name_sort, kind, business_id, association_register_number, description_fi, description_sv, description_en, contact_email, contact_phone, website, street_address, postal_code, post_office, created_at, updated_at)
SELECT '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c09', 1, N'Monikulttuuriyhdistys Kotipiha ry', N'monikulttuuriyhdistys kotipiha ry', N'monikulttuuriyhdistys kotipiha ry', 'ASSOCIATION', '3012458-1', '225.318',
    N'Kotipiha on maahan muuttaneiden ja kantasuomalaisten yhteinen yhdistys. Järjestämme kielikahviloita, työnhakuvalmennusta ja neuvontaa useilla kielillä.',
    NULL,
    N'Kotipiha brings together newcomers and locals: language cafés, job search coaching and advice in many languages.',
    N'kotipiha@example.fi', N'+358 40 555 0909', N'https://kotipiha.example.fi', N'Koskikatu 9', '80100', N'Joensuu', '2026-09-08 13:30:00', '2026-09-08 13:30:00'
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE id = '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c09');

-- Lieksan Mielenterveysyhdistys Lumo ry
INSERT INTO organisation (id, version, name, name_search, name_sort, kind, business_id, association_register_number, description_fi, description_sv, description_en, contact_email, contact_phone, website, street_address, postal_code, post_office, created_at, updated_at)
SELECT '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c10', 1, N'Lieksan Mielenterveysyhdistys Lumo ry', N'lieksan mielenterveysyhdistys lumo ry', N'lieksan mielenterveysyhdistys lumo ry', 'ASSOCIATION', '1794606-2', '139.662',
    N'Mielenterveyskuntoutujien yhdistys, joka ylläpitää klubitaloa Lieksassa ja vertaisryhmiä Juuassa. Klubitalolla jokainen saa tehdä merkityksellistä työtä omassa tahdissaan.',
    NULL,
    NULL,
    N'klubitalo.lieksa@example.fi', N'+358 40 555 1010', N'https://lumo-lieksa.example.fi', N'Pielisentie 22', '81700', N'Lieksa', '2026-09-15 10:00:00', '2026-09-15 10:00:00'
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE id = '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c10');

-- Pohjois-Karjalan Vammaistyön säätiö sr
INSERT INTO organisation (id, version, name, name_search, name_sort, kind, business_id, association_register_number, description_fi, description_sv, description_en, contact_email, contact_phone, website, street_address, postal_code, post_office, created_at, updated_at)
SELECT '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c11', 1, N'Pohjois-Karjalan Vammaistyön säätiö sr', N'pohjois-karjalan vammaistyon saatio sr', N'pohjois karjalan vammaistyön säätiö sr', 'FOUNDATION', '2538016-9', NULL,
    N'Säätiö tukee vammaisten ihmisten työllistymistä ja osallisuutta. Tarjoamme päivätoimintaa, työvalmennusta sekä saavutettavuus- ja digitukipalveluja, myös viittomakielellä.',
    N'Stiftelsen stöder sysselsättning för personer med funktionsnedsättning.',
    N'The foundation supports employment and inclusion of people with disabilities, also in Finnish Sign Language.',
    N'saatio.pk@example.fi', N'+358 40 555 1111', N'https://vammaistyonsaatio.example.fi', N'Siltakatu 5', '80100', N'Joensuu', '2026-09-20 09:40:00', '2026-09-20 09:40:00'
WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE id = '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c11');

INSERT INTO organisation_municipality (organisation_id, municipality_code)
SELECT v.organisation_id, v.municipality_code FROM (VALUES
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c01', '541'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c02', '167'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c02', '276'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c02', '426'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c03', '167'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c04', '260'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c04', '848'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c04', '707'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c05', '309'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c05', '607'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c05', '426'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c06', '276'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c06', '167'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c07', '260'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c08', '167'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c08', '426'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c08', '276'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c09', '167'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c09', '309'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c10', '422'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c10', '176'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c11', '167'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c11', '276'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c11', '422'),
    ('3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c11', '146')
) AS v (organisation_id, municipality_code)
WHERE NOT EXISTS (SELECT 1 FROM organisation_municipality om WHERE om.organisation_id = v.organisation_id AND om.municipality_code = v.municipality_code);

-- Opportunities
-- Kahvilatyön työkokeilu Kahvila Pajassa (Nurmeksen Työttömät ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b01', 1, 'PUBLISHED', 'WORK_TRIAL', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c01',
    N'Kahvilatyön työkokeilu Kahvila Pajassa', NULL, NULL,
    N'kahvilatyön työkokeilu kahvila pajassa',
    N'Asiakaspalvelua, kassatyötä ja leivontaa yhdistyksen kahvilassa Nurmeksen keskustassa.',
    NULL,
    NULL,
    N'Kahvila Paja on yhdistystalon olohuone, jossa käy päivittäin eläkeläisiä, perheitä ja työttömiä. Työkokeilijana keität kahvia, myyt kahvilan tuotteita, leivot pullaa ja piirakoita sekä huolehdit salin siisteydestä. Työpäivät ovat arkisin klo 9–14. Perehdytämme rauhassa, ja työmäärä sovitetaan jaksamiseen.',
    NULL,
    NULL,
    N'Kiinnostus asiakaspalveluun. Hygieniapassi on eduksi, sen voi suorittaa myös kokeilun aikana.', NULL, NULL,
    N'Työkokeilun ajalta saat työttömyysetuutta ja kulukorvausta työllisyyspalveluiden päätöksen mukaan. Työkokeilu ei ole työsuhde.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    1, 'ONSITE', N'Kirkkokatu 14', '75500', N'Nurmes',
    '2026-09-01', '2027-06-30', CAST(NULL AS DATE),
    25.0, 3, 1,
    N'Työvalmentaja', NULL, N'tyovalmennus.nurmes@example.fi', N'+358 40 555 0111',
    N'kahvilatyon tyokokeilu kahvila pajassa asiakaspalvelua, kassatyota ja leivontaa yhdistyksen kahvilassa nurmeksen keskustassa. kahvila paja on yhdistystalon olohuone, jossa kay paivittain elakelaisia, perheita ja tyottomia. tyokokeilijana keitat kahvia, myyt kahvilan tuotteita, leivot pullaa ja piirakoita seka huolehdit salin siisteydesta. tyopaivat ovat arkisin klo 9–14. perehdytamme rauhassa, ja tyomaara sovitetaan jaksamiseen. nurmeksen tyottomat ry',
    '2026-08-20 09:12:00', '2026-11-02 13:20:00', '2026-08-21 10:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b01');

-- Kuntouttava työtoiminta puutyöverstaalla (Nurmeksen Työttömät ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b02', 1, 'PUBLISHED', 'REHABILITATIVE_WORK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c01',
    N'Kuntouttava työtoiminta puutyöverstaalla', NULL, NULL,
    N'kuntouttava työtoiminta puutyöverstaalla',
    N'Linnunpönttöjä, pienkorjauksia ja huonekalujen kunnostusta puutyöverstaalla omaan tahtiin.',
    NULL,
    NULL,
    N'Puutyöverstaalla valmistetaan linnunpönttöjä, leikkuulautoja ja tilaustöitä sekä kunnostetaan kierrätykseen tulleita huonekaluja. Ohjaaja opastaa koneiden turvallisessa käytössä. Mukaan voi tulla kahtena tai kolmena päivänä viikossa, neljä tuntia kerrallaan.',
    NULL,
    NULL,
    N'Ei aiempaa kokemusta. Turvakengät saat meiltä.', NULL, NULL,
    N'Toimintaraha 9 € päivältä ja matkakorvaus kunnan päätöksen mukaan.', NULL, NULL,
    N'Sisäänkäynnillä on porras; kerromme mielellämme, miten tilaan pääsee.', NULL, NULL,
    1, 'ONSITE', N'Kirkkokatu 14', '75500', N'Nurmes',
    '2026-08-15', CAST(NULL AS DATE), CAST(NULL AS DATE),
    12.0, 6, 2,
    N'Työnohjaaja, puutyöverstas', NULL, N'verstas.nurmes@example.fi', N'+358 40 555 0112',
    N'kuntouttava tyotoiminta puutyoverstaalla linnunponttoja, pienkorjauksia ja huonekalujen kunnostusta puutyoverstaalla omaan tahtiin. puutyoverstaalla valmistetaan linnunponttoja, leikkuulautoja ja tilaustoita seka kunnostetaan kierratykseen tulleita huonekaluja. ohjaaja opastaa koneiden turvallisessa kaytossa. mukaan voi tulla kahtena tai kolmena paivana viikossa, nelja tuntia kerrallaan. nurmeksen tyottomat ry',
    '2026-08-20 09:40:00', '2026-10-14 08:30:00', '2026-08-21 10:05:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b02');

-- Kierrätysmyymälän myyjä (palkkatuki) (Nurmeksen Työttömät ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b03', 1, 'PUBLISHED', 'SUBSIDISED_WORK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c01',
    N'Kierrätysmyymälän myyjä (palkkatuki)', NULL, NULL,
    N'kierrätysmyymälän myyjä palkkatuki',
    N'Lahjoitusten vastaanottoa, lajittelua, hinnoittelua ja myyntiä yhdistyksen kierrätysmyymälässä.',
    NULL,
    NULL,
    N'Haemme kierrätysmyymälään myyjää palkkatuella kahdeksaksi kuukaudeksi. Työhön kuuluu lahjoitusten vastaanotto ja lajittelu, tuotteiden hinnoittelu ja esillepano, kassatyö sekä asiakkaiden neuvonta. Työaika on 30 tuntia viikossa, arkisin.',
    NULL,
    NULL,
    N'Palkkatukikelpoisuus. Kassatyön kokemus on eduksi.', NULL, NULL,
    N'Palkka työehtosopimuksen mukaan. Edellyttää palkkatukipäätöstä.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    0, 'ONSITE', N'Kirkkokatu 14', '75500', N'Nurmes',
    '2027-01-07', '2027-08-31', '2026-12-15',
    30.0, 1, 1,
    N'Toiminnanjohtaja', N'Marja Turunen', N'toimisto.nurmes@example.fi', N'+358 40 555 0101',
    N'kierratysmyymalan myyja (palkkatuki) lahjoitusten vastaanottoa, lajittelua, hinnoittelua ja myyntia yhdistyksen kierratysmyymalassa. haemme kierratysmyymalaan myyjaa palkkatuella kahdeksaksi kuukaudeksi. tyohon kuuluu lahjoitusten vastaanotto ja lajittelu, tuotteiden hinnoittelu ja esillepano, kassatyo seka asiakkaiden neuvonta. tyoaika on 30 tuntia viikossa, arkisin. nurmeksen tyottomat ry',
    '2026-11-10 11:00:00', '2026-11-11 09:00:00', '2026-11-11 09:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b03');

-- Piha- ja lumityöt yhdistystalolla (Nurmeksen Työttömät ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b04', 1, 'DRAFT', 'SPLIT_TASK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c01',
    N'Piha- ja lumityöt yhdistystalolla', NULL, NULL,
    N'piha ja lumityöt yhdistystalolla',
    N'Lumitöitä ja pihan siistimistä 2–4 tuntia kerrallaan, sään mukaan.',
    NULL,
    NULL,
    N'Yhdistystalon piha ja portaat pidetään talvella puhtaana lumesta ja hiekoitettuna. Tehtävä on pilkottu lyhyiksi vuoroiksi, joten se sopii osatyökykyiselle. Vuorot sovitaan viikoittain.',
    NULL,
    NULL,
    NULL, NULL, NULL,
    N'Palkkio tehtävän laajuuden mukaan; sopii myös eläkkeen tai etuuden rinnalle.', NULL, NULL,
    NULL, NULL, NULL,
    1, 'ONSITE', N'Kirkkokatu 14', '75500', N'Nurmes',
    '2026-12-01', '2027-03-31', CAST(NULL AS DATE),
    6.0, 2, 2,
    N'Työvalmentaja', NULL, N'tyovalmennus.nurmes@example.fi', N'+358 40 555 0111',
    N'piha- ja lumityot yhdistystalolla lumitoita ja pihan siistimista 2–4 tuntia kerrallaan, saan mukaan. yhdistystalon piha ja portaat pidetaan talvella puhtaana lumesta ja hiekoitettuna. tehtava on pilkottu lyhyiksi vuoroiksi, joten se sopii osatyokykyiselle. vuorot sovitaan viikoittain. nurmeksen tyottomat ry',
    '2026-11-18 14:00:00', '2026-11-18 14:25:00', CAST(NULL AS DATETIME2(3)), CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b04');

-- Yhteistyöllistäminen: kiinteistöhuollon apulainen Nurmeksessa ja Lieksassa (Nurmeksen Työttömät ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b05', 1, 'PUBLISHED', 'CO_EMPLOYMENT', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c01',
    N'Yhteistyöllistäminen: kiinteistöhuollon apulainen Nurmeksessa ja Lieksassa', NULL, NULL,
    N'yhteistyöllistäminen kiinteistöhuollon apulainen nurmeksessa ja lieksassa',
    N'Kaksi yhdistystä palkkaa yhdessä kiinteistöhuollon apulaisen; työpäivät jakautuvat Nurmekseen ja Lieksaan.',
    NULL,
    NULL,
    N'Nurmeksen Työttömät ry ja Lieksan Mielenterveysyhdistys Lumo ry palkkaavat yhdessä kiinteistöhuollon apulaisen. Työhön kuuluu pieniä korjauksia, pihatöitä, jätehuoltoa ja tilojen kunnossapitoa kahdessa yhdistystalossa. Työnantajana on Nurmeksen Työttömät ry; Lieksan työpäivinä matkat korvataan.',
    NULL,
    NULL,
    N'B-ajokortti. Perustaidot työkaluista.', NULL, NULL,
    N'Työsuhde yhdistykseen, palkka työehtosopimuksen mukaan; palkkatuki haetaan yhdessä.', NULL, NULL,
    NULL, NULL, NULL,
    0, 'ONSITE', N'Kirkkokatu 14', '75500', N'Nurmes',
    '2027-01-15', '2027-12-31', '2027-01-08',
    37.5, 1, 1,
    N'Toiminnanjohtaja', N'Marja Turunen', N'toimisto.nurmes@example.fi', N'+358 40 555 0101',
    N'yhteistyollistaminen: kiinteistohuollon apulainen nurmeksessa ja lieksassa kaksi yhdistysta palkkaa yhdessa kiinteistohuollon apulaisen; tyopaivat jakautuvat nurmekseen ja lieksaan. nurmeksen tyottomat ry ja lieksan mielenterveysyhdistys lumo ry palkkaavat yhdessa kiinteistohuollon apulaisen. tyohon kuuluu pienia korjauksia, pihatoita, jatehuoltoa ja tilojen kunnossapitoa kahdessa yhdistystalossa. tyonantajana on nurmeksen tyottomat ry; lieksan tyopaivina matkat korvataan. nurmeksen tyottomat ry',
    '2026-11-05 10:30:00', '2026-11-06 08:00:00', '2026-11-06 08:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b05');

-- Mediapajan työkokeilu: video, valokuvaus ja some (Joensuun nuorten työpaja)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b06', 1, 'PUBLISHED', 'WORK_TRIAL', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c02',
    N'Mediapajan työkokeilu: video, valokuvaus ja some', NULL, N'Work trial in the media workshop: video, photography and social media',
    N'mediapajan työkokeilu video valokuvaus ja some',
    N'Kuvaat, editoit ja teet somesisältöä oikeille asiakkaille pajaohjaajan tuella.',
    NULL,
    N'Shoot, edit and create social media content for real clients with a workshop instructor.',
    N'Mediapajalla tehdään videoita, valokuvia ja somesisältöä yhdistyksille ja kaupungin yksiköille. Työkokeilussa pääset kokeilemaan kuvaamista, editointia ja julkaisemista. Osan tehtävistä voi tehdä etänä. Kokeilu kestää yleensä kolmesta kuuteen kuukautta.',
    NULL,
    N'The media workshop makes videos, photos and social media content for associations and city departments. Part of the work can be done remotely.',
    N'Ikä 17–29 vuotta. Oma kamera ei ole tarpeen.', NULL, NULL,
    N'Työkokeilun ajalta saat työttömyysetuutta ja kulukorvausta työllisyyspalveluiden päätöksen mukaan. Työkokeilu ei ole työsuhde.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    0, 'HYBRID', N'Rantakatu 20', '80100', N'Joensuu',
    '2026-08-15', '2027-06-15', CAST(NULL AS DATE),
    25.0, 4, 2,
    N'Pajaohjaaja, mediapaja', NULL, N'mediapaja@example.fi', N'+358 13 555 0221',
    N'mediapajan tyokokeilu: video, valokuvaus ja some work trial in the media workshop: video, photography and social media kuvaat, editoit ja teet somesisaltoa oikeille asiakkaille pajaohjaajan tuella. shoot, edit and create social media content for real clients with a workshop instructor. mediapajalla tehdaan videoita, valokuvia ja somesisaltoa yhdistyksille ja kaupungin yksikoille. tyokokeilussa paaset kokeilemaan kuvaamista, editointia ja julkaisemista. osan tehtavista voi tehda etana. kokeilu kestaa yleensa kolmesta kuuteen kuukautta. the media workshop makes videos, photos and social media content for associations and city departments. part of the work can be done remotely. joensuun nuorten tyopaja',
    '2026-08-12 08:00:00', '2026-10-28 15:10:00', '2026-08-12 12:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b06');

-- Uravalmennus alle 30-vuotiaille (Joensuun nuorten työpaja)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b07', 1, 'PUBLISHED', 'CAREER_COACHING', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c02',
    N'Uravalmennus alle 30-vuotiaille', N'Karriärcoachning för unga under 30 år', N'Career coaching for young people under 30',
    N'uravalmennus alle 30 vuotiaille',
    N'Henkilökohtaista valmennusta työnhakuun, opintojen valintaan ja arjen hallintaan.',
    N'Personlig coachning i jobbsökning, studieval och vardag.',
    N'One-to-one coaching for job search, choosing studies and managing everyday life.',
    N'Uravalmentaja tapaa sinua kerran tai kaksi viikossa pajalla, kahvilassa tai verkossa. Teemme yhdessä ansioluettelon, harjoittelemme työhaastattelua ja etsimme sopivia työ- ja opiskelupaikkoja. Valmennus kestää enintään puoli vuotta.',
    NULL,
    N'A career coach meets you once or twice a week at the workshop, in a café or online. Together we write your CV, practise interviews and look for jobs and study places.',
    NULL, NULL, NULL,
    N'Maksuton osallistujalle.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    1, 'HYBRID', N'Rantakatu 20', '80100', N'Joensuu',
    '2026-08-01', CAST(NULL AS DATE), CAST(NULL AS DATE),
    3.0, 20, 6,
    N'Uravalmentaja', NULL, N'uravalmennus@example.fi', N'+358 13 555 0222',
    N'uravalmennus alle 30-vuotiaille karriarcoachning for unga under 30 ar career coaching for young people under 30 henkilokohtaista valmennusta tyonhakuun, opintojen valintaan ja arjen hallintaan. personlig coachning i jobbsokning, studieval och vardag. one-to-one coaching for job search, choosing studies and managing everyday life. uravalmentaja tapaa sinua kerran tai kaksi viikossa pajalla, kahvilassa tai verkossa. teemme yhdessa ansioluettelon, harjoittelemme tyohaastattelua ja etsimme sopivia tyo- ja opiskelupaikkoja. valmennus kestaa enintaan puoli vuotta. a career coach meets you once or twice a week at the workshop, in a cafe or online. together we write your cv, practise interviews and look for jobs and study places. joensuun nuorten tyopaja',
    '2026-08-06 09:00:00', '2026-11-16 10:45:00', '2026-08-06 09:30:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b07');

-- Harjoittelupaikka metalli- ja autopajalla (Joensuun nuorten työpaja)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b08', 1, 'PUBLISHED', 'INTERNSHIP', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c02',
    N'Harjoittelupaikka metalli- ja autopajalla', NULL, NULL,
    N'harjoittelupaikka metalli ja autopajalla',
    N'Opiskelijan harjoittelu: huoltotöitä, hitsausta ja pienkorjauksia pajaohjaajan kanssa.',
    NULL,
    NULL,
    N'Otamme metalli- ja autopajalle harjoittelijan ammatillisesta oppilaitoksesta tai työllisyyspalveluiden kautta. Teet renkaanvaihtoja, määräaikaishuoltoja ja hitsaustöitä ohjauksessa. Pajalla on ajanmukaiset laitteet ja suojavarusteet.',
    NULL,
    NULL,
    N'Alan opinnot tai kiinnostus autoihin ja metallitöihin.', NULL, NULL,
    N'Harjoittelu on palkatonta; oppilaitoksen tai työllisyyspalveluiden etuudet säilyvät.', NULL, NULL,
    N'Sisäänkäynnillä on porras; kerromme mielellämme, miten tilaan pääsee.', NULL, NULL,
    0, 'ONSITE', N'Tehtaankatu 4', '80130', N'Joensuu',
    '2027-01-07', '2027-05-31', '2026-12-18',
    37.5, 2, 2,
    N'Pajaohjaaja, metalli- ja autopaja', NULL, N'autopaja@example.fi', N'+358 13 555 0223',
    N'harjoittelupaikka metalli- ja autopajalla opiskelijan harjoittelu: huoltotoita, hitsausta ja pienkorjauksia pajaohjaajan kanssa. otamme metalli- ja autopajalle harjoittelijan ammatillisesta oppilaitoksesta tai tyollisyyspalveluiden kautta. teet renkaanvaihtoja, maaraaikaishuoltoja ja hitsaustoita ohjauksessa. pajalla on ajanmukaiset laitteet ja suojavarusteet. joensuun nuorten tyopaja',
    '2026-10-20 13:00:00', '2026-10-21 08:00:00', '2026-10-21 08:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b08');

-- Kuntouttava työtoiminta puu- ja ompelupajassa (kevät 2026) (Joensuun nuorten työpaja)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b09', 1, 'CLOSED', 'REHABILITATIVE_WORK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c02',
    N'Kuntouttava työtoiminta puu- ja ompelupajassa (kevät 2026)', NULL, NULL,
    N'kuntouttava työtoiminta puu ja ompelupajassa kevät 2026',
    N'Kevään ryhmä on täynnä. Syksyn ryhmästä ilmoitetaan erikseen.',
    NULL,
    NULL,
    N'Pienryhmässä harjoitellaan päivärytmiä ja tehdään käsillä: puutöitä, ompelua ja kunnostusta. Ryhmä kokoontui kolmena päivänä viikossa.',
    NULL,
    NULL,
    NULL, NULL, NULL,
    N'Toimintaraha 9 € päivältä ja matkakorvaus kunnan päätöksen mukaan.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    1, 'ONSITE', N'Rantakatu 20', '80100', N'Joensuu',
    '2026-01-12', '2026-05-29', '2026-01-05',
    12.0, 8, 0,
    N'Pajaohjaaja', NULL, N'tyopaja@example.fi', N'+358 13 555 0202',
    N'kuntouttava tyotoiminta puu- ja ompelupajassa (kevat 2026) kevaan ryhma on taynna. syksyn ryhmasta ilmoitetaan erikseen. pienryhmassa harjoitellaan paivarytmia ja tehdaan kasilla: puutoita, ompelua ja kunnostusta. ryhma kokoontui kolmena paivana viikossa. joensuun nuorten tyopaja',
    '2025-12-01 09:00:00', '2026-06-01 07:00:00', '2025-12-02 09:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b09');

-- Vapaaehtoiseksi diakonian yhteisruokailuun (Joensuun seurakuntayhtymä, diakoniatyö)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b10', 1, 'PUBLISHED', 'VOLUNTEERING', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c03',
    N'Vapaaehtoiseksi diakonian yhteisruokailuun', NULL, NULL,
    N'vapaaehtoiseksi diakonian yhteisruokailuun',
    N'Ruoan jakamista, kahvitusta ja juttuseuraa tiistaisin ja torstaisin.',
    NULL,
    NULL,
    N'Diakonian yhteisruokailussa käy viikoittain yli sata ihmistä. Vapaaehtoisena jaat ruokaa, keität kahvia, siistit salin ja juttelet ruokailijoiden kanssa. Ruoka tulee osin Joensuun Ruoka-apu ry:n kautta. Voit tulla mukaan kerran kuussa tai joka viikko.',
    NULL,
    NULL,
    N'Hygieniapassia ei tarvita; perehdytämme.', NULL, NULL,
    N'Vapaaehtoistyö on palkatonta. Saat perehdytyksen, vakuutuksen ja kahvit.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    1, 'ONSITE', N'Kirkkokatu 34', '80100', N'Joensuu',
    '2026-09-01', '2027-05-31', CAST(NULL AS DATE),
    4.0, 15, 9,
    N'Diakoniatyöntekijä', NULL, N'diakonia.joensuu@example.fi', N'+358 13 555 0303',
    N'vapaaehtoiseksi diakonian yhteisruokailuun ruoan jakamista, kahvitusta ja juttuseuraa tiistaisin ja torstaisin. diakonian yhteisruokailussa kay viikoittain yli sata ihmista. vapaaehtoisena jaat ruokaa, keitat kahvia, siistit salin ja juttelet ruokailijoiden kanssa. ruoka tulee osin joensuun ruoka-apu ry:n kautta. voit tulla mukaan kerran kuussa tai joka viikko. joensuun seurakuntayhtyma, diakoniatyo',
    '2026-08-25 10:00:00', '2026-11-03 09:15:00', '2026-08-25 10:30:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b10');

-- Kuntouttava työtoiminta seurakunnan kirpputorilla (Joensuun seurakuntayhtymä, diakoniatyö)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b11', 1, 'PUBLISHED', 'REHABILITATIVE_WORK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c03',
    N'Kuntouttava työtoiminta seurakunnan kirpputorilla', NULL, NULL,
    N'kuntouttava työtoiminta seurakunnan kirpputorilla',
    N'Tavaroiden lajittelua, hinnoittelua ja myyntiä rauhallisessa työyhteisössä.',
    NULL,
    NULL,
    N'Seurakunnan kirpputorin tuotto käytetään diakoniatyöhön. Kuntouttavassa työtoiminnassa lajittelet lahjoituksia, hinnoittelet tuotteita ja palvelet asiakkaita. Päivät ovat neljän tunnin mittaisia, ja työtehtävät sovitaan sinun vointisi mukaan.',
    NULL,
    NULL,
    NULL, NULL, NULL,
    N'Toimintaraha 9 € päivältä ja matkakorvaus kunnan päätöksen mukaan.', NULL, NULL,
    N'Sisäänkäynnillä on porras; kerromme mielellämme, miten tilaan pääsee.', NULL, NULL,
    1, 'ONSITE', N'Torikatu 21', '80100', N'Joensuu',
    '2026-08-15', CAST(NULL AS DATE), CAST(NULL AS DATE),
    12.0, 5, 1,
    N'Diakoniatyöntekijä', NULL, N'diakonia.joensuu@example.fi', N'+358 13 555 0303',
    N'kuntouttava tyotoiminta seurakunnan kirpputorilla tavaroiden lajittelua, hinnoittelua ja myyntia rauhallisessa tyoyhteisossa. seurakunnan kirpputorin tuotto kaytetaan diakoniatyohon. kuntouttavassa tyotoiminnassa lajittelet lahjoituksia, hinnoittelet tuotteita ja palvelet asiakkaita. paivat ovat neljan tunnin mittaisia, ja tyotehtavat sovitaan sinun vointisi mukaan. joensuun seurakuntayhtyma, diakoniatyo',
    '2026-08-25 11:00:00', '2026-10-30 12:00:00', '2026-08-26 08:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b11');

-- Kielikahvila – suomea arjen tilanteissa (Joensuun seurakuntayhtymä, diakoniatyö)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b12', 1, 'PUBLISHED', 'LANGUAGE_PRACTICE', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c03',
    N'Kielikahvila – suomea arjen tilanteissa', N'Språkcafé – finska i vardagen', N'Language café – everyday Finnish',
    N'kielikahvila suomea arjen tilanteissa',
    N'Puhutaan suomea kahvin äärellä: kaupassa, lääkärissä ja työpaikalla tarvittavia sanoja.',
    N'Vi pratar finska över en kopp kaffe.',
    N'Practise Finnish over coffee: words you need at the shop, the doctor''s and at work.',
    N'Kielikahvila kokoontuu keskiviikkoisin seurakuntakeskuksessa. Vapaaehtoiset ohjaajat keskustelevat kanssasi selkeällä suomen kielellä. Kaikki tasot ovat tervetulleita, myös aivan aloittelijat. Kielikahvila järjestetään yhdessä Monikulttuuriyhdistys Kotipiha ry:n kanssa.',
    NULL,
    N'The language café meets on Wednesdays at the parish centre. Volunteers talk with you in clear Finnish. All levels are welcome, beginners too.',
    NULL, NULL, NULL,
    N'Maksuton. Kulukorvaus työllisyyspalveluiden päätöksen mukaan.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    1, 'ONSITE', N'Kirkkokatu 34', '80100', N'Joensuu',
    '2026-09-02', '2027-05-26', CAST(NULL AS DATE),
    2.0, 25, 10,
    N'Kielikahvilan ohjaaja', NULL, N'kielikahvila@example.fi', N'+358 13 555 0304',
    N'kielikahvila – suomea arjen tilanteissa sprakcafe – finska i vardagen language cafe – everyday finnish puhutaan suomea kahvin aarella: kaupassa, laakarissa ja tyopaikalla tarvittavia sanoja. vi pratar finska over en kopp kaffe. practise finnish over coffee: words you need at the shop, the doctor''s and at work. kielikahvila kokoontuu keskiviikkoisin seurakuntakeskuksessa. vapaaehtoiset ohjaajat keskustelevat kanssasi selkealla suomen kielella. kaikki tasot ovat tervetulleita, myos aivan aloittelijat. kielikahvila jarjestetaan yhdessa monikulttuuriyhdistys kotipiha ry:n kanssa. the language cafe meets on wednesdays at the parish centre. volunteers talk with you in clear finnish. all levels are welcome, beginners too. joensuun seurakuntayhtyma, diakoniatyo',
    '2026-08-28 13:00:00', '2026-09-30 09:00:00', '2026-08-28 13:30:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b12');

-- Kierrätyskeskuksen myymälän työkokeilu (Keski-Karjalan Kierrätyskeskus ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b13', 1, 'PUBLISHED', 'WORK_TRIAL', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c04',
    N'Kierrätyskeskuksen myymälän työkokeilu', NULL, NULL,
    N'kierrätyskeskuksen myymälän työkokeilu',
    N'Myymälätyötä, tavaroiden vastaanottoa ja lajittelua Kiteen kierrätyskeskuksessa.',
    NULL,
    NULL,
    N'Kierrätyskeskuksen myymälässä pääset kokeilemaan asiakaspalvelua, kassatyötä, tavaroiden vastaanottoa ja esillepanoa. Työvalmentaja tukee sinua koko kokeilun ajan ja auttaa suunnittelemaan jatkoa. Kokeilun voi aloittaa joustavasti.',
    NULL,
    NULL,
    NULL, NULL, NULL,
    N'Työkokeilun ajalta saat työttömyysetuutta ja kulukorvausta työllisyyspalveluiden päätöksen mukaan. Työkokeilu ei ole työsuhde.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    1, 'ONSITE', N'Teollisuustie 6', '82500', N'Kitee',
    '2026-08-20', CAST(NULL AS DATE), CAST(NULL AS DATE),
    25.0, 4, 2,
    N'Työvalmentaja', NULL, N'tyovalmennus.kitee@example.fi', N'+358 40 555 0411',
    N'kierratyskeskuksen myymalan tyokokeilu myymalatyota, tavaroiden vastaanottoa ja lajittelua kiteen kierratyskeskuksessa. kierratyskeskuksen myymalassa paaset kokeilemaan asiakaspalvelua, kassatyota, tavaroiden vastaanottoa ja esillepanoa. tyovalmentaja tukee sinua koko kokeilun ajan ja auttaa suunnittelemaan jatkoa. kokeilun voi aloittaa joustavasti. keski-karjalan kierratyskeskus ry',
    '2026-08-18 08:30:00', '2026-11-09 14:00:00', '2026-08-18 09:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b13');

-- Kuljetusapulainen nouto- ja muuttopalveluun (palkkatuki) (Keski-Karjalan Kierrätyskeskus ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b14', 1, 'PUBLISHED', 'SUBSIDISED_WORK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c04',
    N'Kuljetusapulainen nouto- ja muuttopalveluun (palkkatuki)', NULL, NULL,
    N'kuljetusapulainen nouto ja muuttopalveluun palkkatuki',
    N'Huonekalujen noutoja ja kuljetuksia pakettiautolla Kiteen, Tohmajärven ja Rääkkylän alueella.',
    NULL,
    NULL,
    N'Haemme kuljetusapulaista, joka noutaa lahjoitettuja huonekaluja ja kodinkoneita sekä tekee pieniä muuttoja asiakkaille. Työparina on kokenut kuljettaja. Työ on fyysistä, ja nostoissa käytetään apuvälineitä.',
    NULL,
    NULL,
    N'B-ajokortti. Kykyä nostaa ja kantaa.', NULL, NULL,
    N'Palkka työehtosopimuksen mukaan. Edellyttää palkkatukipäätöstä.', NULL, NULL,
    NULL, NULL, NULL,
    0, 'ONSITE', N'Teollisuustie 6', '82500', N'Kitee',
    '2027-01-02', '2027-10-31', '2026-12-11',
    37.5, 1, 1,
    N'Toiminnanjohtaja', N'Jari Hiltunen', N'kierratys.kitee@example.fi', N'+358 40 555 0404',
    N'kuljetusapulainen nouto- ja muuttopalveluun (palkkatuki) huonekalujen noutoja ja kuljetuksia pakettiautolla kiteen, tohmajarven ja raakkylan alueella. haemme kuljetusapulaista, joka noutaa lahjoitettuja huonekaluja ja kodinkoneita seka tekee pienia muuttoja asiakkaille. tyoparina on kokenut kuljettaja. tyo on fyysista, ja nostoissa kaytetaan apuvalineita. keski-karjalan kierratyskeskus ry',
    '2026-11-12 09:00:00', '2026-11-12 12:00:00', '2026-11-12 12:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b14');

-- Tekstiilien lajittelu ja korjausompelu (Keski-Karjalan Kierrätyskeskus ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b15', 1, 'PUBLISHED', 'REHABILITATIVE_WORK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c04',
    N'Tekstiilien lajittelu ja korjausompelu', NULL, NULL,
    N'tekstiilien lajittelu ja korjausompelu',
    N'Vaatteiden lajittelua, pientä korjausompelua ja kierrätysmateriaalista tehtäviä tuotteita.',
    NULL,
    NULL,
    N'Tekstiilipuolella lajitellaan lahjoitetut vaatteet myyntiin ja kierrätykseen, korjataan pieniä vikoja ja ommellaan kasseja ja mattoja kierrätysmateriaalista. Ohjaaja neuvoo koneiden käytössä. Työtä voi tehdä istuen.',
    NULL,
    NULL,
    NULL, NULL, NULL,
    N'Toimintaraha 9 € päivältä ja matkakorvaus kunnan päätöksen mukaan.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    1, 'ONSITE', N'Teollisuustie 6', '82500', N'Kitee',
    '2026-09-01', CAST(NULL AS DATE), CAST(NULL AS DATE),
    16.0, 6, 3,
    N'Ohjaaja, tekstiilipaja', NULL, N'tekstiili.kitee@example.fi', N'+358 40 555 0412',
    N'tekstiilien lajittelu ja korjausompelu vaatteiden lajittelua, pienta korjausompelua ja kierratysmateriaalista tehtavia tuotteita. tekstiilipuolella lajitellaan lahjoitetut vaatteet myyntiin ja kierratykseen, korjataan pienia vikoja ja ommellaan kasseja ja mattoja kierratysmateriaalista. ohjaaja neuvoo koneiden kaytossa. tyota voi tehda istuen. keski-karjalan kierratyskeskus ry',
    '2026-08-29 10:00:00', '2026-10-05 11:30:00', '2026-08-29 10:15:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b15');

-- Verkkokaupan tuotekuvaus ja -kuvaukset (Keski-Karjalan Kierrätyskeskus ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b16', 1, 'PUBLISHED', 'SPLIT_TASK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c04',
    N'Verkkokaupan tuotekuvaus ja -kuvaukset', NULL, NULL,
    N'verkkokaupan tuotekuvaus ja kuvaukset',
    N'Tuotteiden valokuvaamista ja lyhyitä tuotekuvauksia verkkokauppaan, osin kotoa käsin.',
    NULL,
    NULL,
    N'Kierrätyskeskuksen verkkokauppaan tarvitaan tuotekuvia ja lyhyitä kuvaustekstejä. Kuvaus tehdään myymälän kuvausnurkassa, tekstit voi kirjoittaa kotona. Tehtävä on pilkottu niin, että sitä voi tehdä muutaman tunnin viikossa.',
    NULL,
    NULL,
    N'Perustaidot tietokoneen käytöstä.', NULL, NULL,
    N'Palkkio tehtävän laajuuden mukaan; sopii myös eläkkeen tai etuuden rinnalle.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    0, 'HYBRID', N'Teollisuustie 6', '82500', N'Kitee',
    '2026-10-01', '2027-03-31', CAST(NULL AS DATE),
    8.0, 2, 1,
    N'Verkkokauppavastaava', NULL, N'verkkokauppa.kitee@example.fi', N'+358 40 555 0413',
    N'verkkokaupan tuotekuvaus ja -kuvaukset tuotteiden valokuvaamista ja lyhyita tuotekuvauksia verkkokauppaan, osin kotoa kasin. kierratyskeskuksen verkkokauppaan tarvitaan tuotekuvia ja lyhyita kuvausteksteja. kuvaus tehdaan myymalan kuvausnurkassa, tekstit voi kirjoittaa kotona. tehtava on pilkottu niin, etta sita voi tehda muutaman tunnin viikossa. keski-karjalan kierratyskeskus ry',
    '2026-09-24 09:00:00', '2026-09-25 08:00:00', '2026-09-25 08:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b16');

-- Työssäoppiminen kierrätyskeskuksessa: myynti ja logistiikka (Keski-Karjalan Kierrätyskeskus ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b17', 1, 'DRAFT', 'INTERNSHIP', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c04',
    N'Työssäoppiminen kierrätyskeskuksessa: myynti ja logistiikka', NULL, NULL,
    N'työssäoppiminen kierrätyskeskuksessa myynti ja logistiikka',
    N'Merkonomi- ja logistiikkaopiskelijoille käytännön jakso myymälässä ja varastossa.',
    NULL,
    NULL,
    N'Tarjoamme työssäoppimisen paikan liiketalouden tai logistiikan opiskelijalle. Jaksolla tutustut myymälän arkeen, varastonhallintaan ja verkkokauppaan.',
    NULL,
    NULL,
    N'Opiskelu toisella asteella.', NULL, NULL,
    N'Harjoittelu on palkatonta; oppilaitoksen tai työllisyyspalveluiden etuudet säilyvät.', NULL, NULL,
    NULL, NULL, NULL,
    0, 'ONSITE', N'Teollisuustie 6', '82500', N'Kitee',
    '2027-02-01', '2027-05-31', CAST(NULL AS DATE),
    37.5, 2, 2,
    N'Myymäläpäällikkö', NULL, N'kierratys.kitee@example.fi', N'+358 40 555 0404',
    N'tyossaoppiminen kierratyskeskuksessa: myynti ja logistiikka merkonomi- ja logistiikkaopiskelijoille kaytannon jakso myymalassa ja varastossa. tarjoamme tyossaoppimisen paikan liiketalouden tai logistiikan opiskelijalle. jaksolla tutustut myymalan arkeen, varastonhallintaan ja verkkokauppaan. keski-karjalan kierratyskeskus ry',
    '2026-11-20 15:00:00', '2026-11-20 15:00:00', CAST(NULL AS DATETIME2(3)), CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b17');

-- Siivooja ja kiinteistöhuollon työntekijä (Outokummun Palvelupaja Oy)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b18', 1, 'PUBLISHED', 'SUBSIDISED_WORK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c05',
    N'Siivooja ja kiinteistöhuollon työntekijä', NULL, NULL,
    N'siivooja ja kiinteistöhuollon työntekijä',
    N'Toimisto- ja porrassiivousta sekä kiinteistöhuoltoa Outokummussa ja Polvijärvellä.',
    NULL,
    NULL,
    N'Palvelupaja siivoaa toimistoja, porraskäytäviä ja yhdistysten tiloja. Haemme työntekijää, jolle työaika ja tehtävät sovitetaan työkyvyn mukaan. Työvalmentaja on tukena työn alussa.',
    NULL,
    NULL,
    N'Palkkatukikelpoisuus. Siivousalan kokemus ei ole välttämätön.', NULL, NULL,
    N'Palkka työehtosopimuksen mukaan. Edellyttää palkkatukipäätöstä.', NULL, NULL,
    NULL, NULL, NULL,
    1, 'ONSITE', N'Kummunkatu 31', '83500', N'Outokumpu',
    '2026-12-01', '2027-11-30', '2026-11-30',
    30.0, 2, 1,
    N'Työnjohtaja', NULL, N'palvelupaja@example.fi', N'+358 40 555 0505',
    N'siivooja ja kiinteistohuollon tyontekija toimisto- ja porrassiivousta seka kiinteistohuoltoa outokummussa ja polvijarvella. palvelupaja siivoaa toimistoja, porraskaytavia ja yhdistysten tiloja. haemme tyontekijaa, jolle tyoaika ja tehtavat sovitetaan tyokyvyn mukaan. tyovalmentaja on tukena tyon alussa. outokummun palvelupaja oy',
    '2026-10-27 08:00:00', '2026-11-19 10:00:00', '2026-10-27 09:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b18');

-- Yhteistyöllistäminen: keittiö- ja ruoka-aputyö (Outokummun Palvelupaja Oy)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b19', 1, 'PUBLISHED', 'CO_EMPLOYMENT', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c05',
    N'Yhteistyöllistäminen: keittiö- ja ruoka-aputyö', NULL, NULL,
    N'yhteistyöllistäminen keittiö ja ruoka aputyö',
    N'Palvelupaja ja Joensuun Ruoka-apu ry palkkaavat yhdessä keittiötyöntekijän Outokumpuun ja Liperiin.',
    NULL,
    NULL,
    N'Työ jakautuu Palvelupajan henkilöstöravintolan keittiöön Outokummussa ja ruoka-avun jakeluun Liperissä. Tehtäviin kuuluu ruoanvalmistuksessa avustaminen, astiahuolto ja ruoka-apukassien pakkaaminen.',
    NULL,
    NULL,
    N'Hygieniapassi (voidaan suorittaa työn alussa).', NULL, NULL,
    N'Työsuhde yhdistykseen, palkka työehtosopimuksen mukaan; palkkatuki haetaan yhdessä.', NULL, NULL,
    NULL, NULL, NULL,
    0, 'ONSITE', N'Kummunkatu 31', '83500', N'Outokumpu',
    '2027-01-07', '2027-09-30', '2026-12-20',
    30.0, 1, 1,
    N'Toimitusjohtaja', N'Hanna Kettunen', N'palvelupaja@example.fi', N'+358 40 555 0505',
    N'yhteistyollistaminen: keittio- ja ruoka-aputyo palvelupaja ja joensuun ruoka-apu ry palkkaavat yhdessa keittiotyontekijan outokumpuun ja liperiin. tyo jakautuu palvelupajan henkilostoravintolan keittioon outokummussa ja ruoka-avun jakeluun liperissa. tehtaviin kuuluu ruoanvalmistuksessa avustaminen, astiahuolto ja ruoka-apukassien pakkaaminen. outokummun palvelupaja oy',
    '2026-11-14 12:00:00', '2026-11-15 08:00:00', '2026-11-15 08:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b19');

-- Työkokeilu pesulassa (Outokummun Palvelupaja Oy)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b20', 1, 'CLOSED', 'WORK_TRIAL', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c05',
    N'Työkokeilu pesulassa', NULL, NULL,
    N'työkokeilu pesulassa',
    N'Pyykkien käsittelyä, viikkausta ja pakkaamista pesulassa. Paikka on täytetty.',
    NULL,
    NULL,
    N'Pesula pesee yritysten ja hoivakotien tekstiilejä. Työkokeilussa lajiteltiin, viikattiin ja pakattiin pyykkejä. Kokeilupaikka on täytetty.',
    NULL,
    NULL,
    NULL, NULL, NULL,
    N'Työkokeilun ajalta saat työttömyysetuutta ja kulukorvausta työllisyyspalveluiden päätöksen mukaan. Työkokeilu ei ole työsuhde.', NULL, NULL,
    NULL, NULL, NULL,
    1, 'ONSITE', N'Kummunkatu 31', '83500', N'Outokumpu',
    '2026-03-01', '2026-08-31', CAST(NULL AS DATE),
    20.0, 1, 0,
    N'Työnjohtaja', NULL, N'palvelupaja@example.fi', N'+358 40 555 0505',
    N'tyokokeilu pesulassa pyykkien kasittelya, viikkausta ja pakkaamista pesulassa. paikka on taytetty. pesula pesee yritysten ja hoivakotien tekstiileja. tyokokeilussa lajiteltiin, viikattiin ja pakattiin pyykkeja. kokeilupaikka on taytetty. outokummun palvelupaja oy',
    '2026-02-10 09:00:00', '2026-09-01 07:00:00', '2026-02-10 10:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b20');

-- Osatyökykyisten työhönvalmennus (Outokummun Palvelupaja Oy)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b21', 1, 'PUBLISHED', 'CAREER_COACHING', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c05',
    N'Osatyökykyisten työhönvalmennus', NULL, NULL,
    N'osatyökykyisten työhönvalmennus',
    N'Työhönvalmentaja etsii kanssasi työpaikan, jossa työ sovitetaan työkykyysi.',
    NULL,
    NULL,
    N'Työhönvalmennuksessa kartoitetaan vahvuutesi ja etsitään yhdessä työpaikka, joka joustaa työajassa ja tehtävissä. Valmentaja on yhteydessä työnantajaan ja tukee myös työn alkaessa. Tapaamiset ovat puhelimessa tai verkossa, tarvittaessa kasvokkain.',
    NULL,
    NULL,
    NULL, NULL, NULL,
    N'Maksuton osallistujalle.', NULL, NULL,
    NULL, NULL, NULL,
    1, 'REMOTE', NULL, NULL, NULL,
    '2026-08-15', CAST(NULL AS DATE), CAST(NULL AS DATE),
    2.0, 12, 4,
    N'Työhönvalmentaja', NULL, N'tyohonvalmennus@example.fi', N'+358 40 555 0511',
    N'osatyokykyisten tyohonvalmennus tyohonvalmentaja etsii kanssasi tyopaikan, jossa tyo sovitetaan tyokykyysi. tyohonvalmennuksessa kartoitetaan vahvuutesi ja etsitaan yhdessa tyopaikka, joka joustaa tyoajassa ja tehtavissa. valmentaja on yhteydessa tyonantajaan ja tukee myos tyon alkaessa. tapaamiset ovat puhelimessa tai verkossa, tarvittaessa kasvokkain. outokummun palvelupaja oy',
    '2026-08-19 10:00:00', '2026-11-17 13:00:00', '2026-08-19 10:30:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b21');

-- Ohjaajaksi lasten liikuntakerhoon (Kontiolahden Liikuntaseura Kunto ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b22', 1, 'PUBLISHED', 'VOLUNTEERING', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c06',
    N'Ohjaajaksi lasten liikuntakerhoon', NULL, N'Volunteer instructor for a children''s sports club',
    N'ohjaajaksi lasten liikuntakerhoon',
    N'Ohjaa 6–10-vuotiaiden liikuntakerhoa kerran viikossa Kontiolahden koulun salissa.',
    NULL,
    N'Lead a sports club for 6–10-year-olds once a week at the school gym in Kontiolahti.',
    N'Seuran nuorisotyö tarvitsee lisää ohjaajia. Kerhossa pelataan, leikitään ja kokeillaan eri lajeja. Saat seuran ohjaajakoulutuksen ja työparin. Sopii hyvin myös nuorelle, joka haluaa kokemusta nuorisotyöstä.',
    NULL,
    N'Our youth work needs more instructors. You get the club''s instructor training and a partner to work with.',
    N'Rikostaustaote lasten kanssa toimimiseen (maksuton vapaaehtoisille).', NULL, NULL,
    N'Vapaaehtoistyö on palkatonta. Saat perehdytyksen, vakuutuksen ja kahvit.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    0, 'ONSITE', N'Urheilutie 2', '81100', N'Kontiolahti',
    '2026-09-01', '2027-05-31', CAST(NULL AS DATE),
    2.0, 4, 2,
    N'Nuorisovastaava', NULL, N'seura.kunto@example.fi', N'+358 40 555 0606',
    N'ohjaajaksi lasten liikuntakerhoon volunteer instructor for a children''s sports club ohjaa 6–10-vuotiaiden liikuntakerhoa kerran viikossa kontiolahden koulun salissa. lead a sports club for 6–10-year-olds once a week at the school gym in kontiolahti. seuran nuorisotyo tarvitsee lisaa ohjaajia. kerhossa pelataan, leikitaan ja kokeillaan eri lajeja. saat seuran ohjaajakoulutuksen ja tyoparin. sopii hyvin myos nuorelle, joka haluaa kokemusta nuorisotyosta. our youth work needs more instructors. you get the club''s instructor training and a partner to work with. kontiolahden liikuntaseura kunto ry',
    '2026-08-27 18:00:00', '2026-10-01 17:00:00', '2026-08-27 18:10:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b22');

-- Urheilukentän ja latujen hoito – työkokeilu (Kontiolahden Liikuntaseura Kunto ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b23', 1, 'PUBLISHED', 'WORK_TRIAL', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c06',
    N'Urheilukentän ja latujen hoito – työkokeilu', NULL, NULL,
    N'urheilukentän ja latujen hoito työkokeilu',
    N'Latujen ja kenttien kunnossapitoa, pientä korjausta ja välinehuoltoa ulkona.',
    NULL,
    NULL,
    N'Seura huolehtii valaistuista laduista ja urheilukentästä yhdessä kunnan kanssa. Työkokeilijana teet latupohjien raivausta, opasteiden korjausta, välinevaraston järjestämistä ja talvella latujen tarkastuksia. Moottorikelkkaa ajaa seuran työntekijä.',
    NULL,
    NULL,
    N'Ulkotyö sopii sinulle; työvaatteet saat seuralta.', NULL, NULL,
    N'Työkokeilun ajalta saat työttömyysetuutta ja kulukorvausta työllisyyspalveluiden päätöksen mukaan. Työkokeilu ei ole työsuhde.', NULL, NULL,
    NULL, NULL, NULL,
    1, 'ONSITE', N'Urheilutie 2', '81100', N'Kontiolahti',
    '2026-10-15', '2027-04-15', CAST(NULL AS DATE),
    20.0, 2, 1,
    N'Kenttämestari', NULL, N'seura.kunto@example.fi', N'+358 40 555 0606',
    N'urheilukentan ja latujen hoito – tyokokeilu latujen ja kenttien kunnossapitoa, pienta korjausta ja valinehuoltoa ulkona. seura huolehtii valaistuista laduista ja urheilukentasta yhdessa kunnan kanssa. tyokokeilijana teet latupohjien raivausta, opasteiden korjausta, valinevaraston jarjestamista ja talvella latujen tarkastuksia. moottorikelkkaa ajaa seuran tyontekija. kontiolahden liikuntaseura kunto ry',
    '2026-10-08 09:00:00', '2026-10-08 09:20:00', '2026-10-08 09:20:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b23');

-- Tapahtumajärjestelyt kilpailuissa (Kontiolahden Liikuntaseura Kunto ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b24', 1, 'DRAFT', 'SPLIT_TASK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c06',
    N'Tapahtumajärjestelyt kilpailuissa', NULL, NULL,
    N'tapahtumajärjestelyt kilpailuissa',
    N'Lipunmyyntiä, järjestyksenvalvontaa ja kahvion pitoa kilpailupäivinä.',
    NULL,
    NULL,
    N'Seuran hiihto- ja yleisurheilukilpailuihin tarvitaan järjestelyapua. Tehtävät on pilkottu lyhyiksi vuoroiksi kilpailupäivinä.',
    NULL,
    NULL,
    NULL, NULL, NULL,
    N'Palkkio tehtävän laajuuden mukaan; sopii myös eläkkeen tai etuuden rinnalle.', NULL, NULL,
    NULL, NULL, NULL,
    1, 'ONSITE', N'Urheilutie 2', '81100', N'Kontiolahti',
    '2027-01-01', '2027-03-31', CAST(NULL AS DATE),
    CAST(NULL AS DECIMAL(4, 1)), CAST(NULL AS INT), CAST(NULL AS INT),
    N'Tapahtumavastaava', NULL, N'seura.kunto@example.fi', N'+358 40 555 0606',
    N'tapahtumajarjestelyt kilpailuissa lipunmyyntia, jarjestyksenvalvontaa ja kahvion pitoa kilpailupaivina. seuran hiihto- ja yleisurheilukilpailuihin tarvitaan jarjestelyapua. tehtavat on pilkottu lyhyiksi vuoroiksi kilpailupaivina. kontiolahden liikuntaseura kunto ry',
    '2026-11-21 19:00:00', '2026-11-21 19:00:00', CAST(NULL AS DATETIME2(3)), CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b24');

-- Kurssiavustajaksi marttojen ruokakursseille (Kiteen Martat ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b25', 1, 'PUBLISHED', 'VOLUNTEERING', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c07',
    N'Kurssiavustajaksi marttojen ruokakursseille', N'Frivillig kursassistent på Marthornas matkurser', NULL,
    N'kurssiavustajaksi marttojen ruokakursseille',
    N'Avusta ruokakurssien järjestelyissä: ostokset, esivalmistelut, astiat ja juttuseura.',
    N'Hjälp till med matkurserna: inköp, förberedelser, disk och sällskap.',
    NULL,
    N'Kiteen Martat järjestävät kerran kuussa ruokakurssin ja viikoittain kerhon. Kurssiavustajana pääset mukaan ruoanvalmistukseen ja opit samalla kotitalouden taitoja. Toiminta on avointa kaikille, myös ruotsinkielisille.',
    N'Marthorna i Kides ordnar en matkurs i månaden. Som kursassistent lagar du mat tillsammans med andra och lär dig hushållskunskaper.',
    NULL,
    NULL, NULL, NULL,
    N'Vapaaehtoistyö on palkatonta. Saat perehdytyksen, vakuutuksen ja kahvit.', NULL, NULL,
    N'Sisäänkäynnillä on porras; kerromme mielellämme, miten tilaan pääsee.', NULL, NULL,
    1, 'ONSITE', N'Savikontie 3', '82500', N'Kitee',
    '2026-09-01', '2027-05-31', CAST(NULL AS DATE),
    3.0, 6, 4,
    N'Yhdistyksen puheenjohtaja', NULL, N'martat.kitee@example.fi', N'+358 40 555 0707',
    N'kurssiavustajaksi marttojen ruokakursseille frivillig kursassistent pa marthornas matkurser avusta ruokakurssien jarjestelyissa: ostokset, esivalmistelut, astiat ja juttuseura. hjalp till med matkurserna: inkop, forberedelser, disk och sallskap. kiteen martat jarjestavat kerran kuussa ruokakurssin ja viikoittain kerhon. kurssiavustajana paaset mukaan ruoanvalmistukseen ja opit samalla kotitalouden taitoja. toiminta on avointa kaikille, myos ruotsinkielisille. marthorna i kides ordnar en matkurs i manaden. som kursassistent lagar du mat tillsammans med andra och lar dig hushallskunskaper. kiteen martat ry',
    '2026-09-02 12:00:00', '2026-09-20 10:00:00', '2026-09-02 12:30:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b25');

-- Suomea keittiössä – kieliharjoittelua ruoanlaiton lomassa (Kiteen Martat ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b26', 1, 'PUBLISHED', 'LANGUAGE_PRACTICE', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c07',
    N'Suomea keittiössä – kieliharjoittelua ruoanlaiton lomassa', NULL, NULL,
    N'suomea keittiössä kieliharjoittelua ruoanlaiton lomassa',
    N'Laitetaan yhdessä ruokaa ja opitaan samalla arjen suomea.',
    NULL,
    NULL,
    N'Kokoonnumme torstaisin marttojen keittiössä. Teemme suomalaisia ja muualta tuttuja ruokia ja opettelemme samalla raaka-aineiden, kaupassa asioinnin ja keittiötöiden sanastoa. Ryhmässä on tulkkiapua arabiaksi ja somaliksi.',
    NULL,
    NULL,
    NULL, NULL, NULL,
    N'Maksuton. Kulukorvaus työllisyyspalveluiden päätöksen mukaan.', NULL, NULL,
    N'Sisäänkäynnillä on porras; kerromme mielellämme, miten tilaan pääsee.', NULL, NULL,
    1, 'ONSITE', N'Savikontie 3', '82500', N'Kitee',
    '2026-09-10', '2027-05-27', CAST(NULL AS DATE),
    3.0, 10, 3,
    N'Kurssin ohjaaja', NULL, N'martat.kitee@example.fi', N'+358 40 555 0707',
    N'suomea keittiossa – kieliharjoittelua ruoanlaiton lomassa laitetaan yhdessa ruokaa ja opitaan samalla arjen suomea. kokoonnumme torstaisin marttojen keittiossa. teemme suomalaisia ja muualta tuttuja ruokia ja opettelemme samalla raaka-aineiden, kaupassa asioinnin ja keittiotoiden sanastoa. ryhmassa on tulkkiapua arabiaksi ja somaliksi. kiteen martat ry',
    '2026-09-05 09:00:00', '2026-11-12 16:00:00', '2026-09-05 09:30:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b26');

-- Ruoka-avun jakelu ja varastotyö (Joensuun Ruoka-apu ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b27', 1, 'PUBLISHED', 'REHABILITATIVE_WORK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c08',
    N'Ruoka-avun jakelu ja varastotyö', NULL, NULL,
    N'ruoka avun jakelu ja varastotyö',
    N'Ruoka-apukassien pakkaamista, varaston järjestämistä ja jakelupäivien järjestelyjä.',
    NULL,
    NULL,
    N'Ruoka-apu noutaa kaupoista ylijäämäruokaa ja jakaa sen tarvitseville. Kuntouttavassa työtoiminnassa lajittelet ja pakkaat elintarvikkeita, pidät kylmävaraston järjestyksessä ja autat jakelupäivinä. Työyhteisössä puhutaan suomen lisäksi venäjää ja ukrainaa.',
    NULL,
    NULL,
    NULL, NULL, NULL,
    N'Toimintaraha 9 € päivältä ja matkakorvaus kunnan päätöksen mukaan.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    1, 'ONSITE', N'Peltolankatu 11', '80220', N'Joensuu',
    '2026-09-15', CAST(NULL AS DATE), CAST(NULL AS DATE),
    16.0, 8, 3,
    N'Toiminnanohjaaja', NULL, N'ruoka-apu@example.fi', N'+358 40 555 0808',
    N'ruoka-avun jakelu ja varastotyo ruoka-apukassien pakkaamista, varaston jarjestamista ja jakelupaivien jarjestelyja. ruoka-apu noutaa kaupoista ylijaamaruokaa ja jakaa sen tarvitseville. kuntouttavassa tyotoiminnassa lajittelet ja pakkaat elintarvikkeita, pidat kylmavaraston jarjestyksessa ja autat jakelupaivina. tyoyhteisossa puhutaan suomen lisaksi venajaa ja ukrainaa. joensuun ruoka-apu ry',
    '2026-09-10 08:00:00', '2026-11-05 11:00:00', '2026-09-10 08:30:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b27');

-- Ruoka-avun kuljettaja (palkkatuki) (Joensuun Ruoka-apu ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b28', 1, 'CLOSED', 'SUBSIDISED_WORK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c08',
    N'Ruoka-avun kuljettaja (palkkatuki)', NULL, NULL,
    N'ruoka avun kuljettaja palkkatuki',
    N'Ruoan noudot kaupoista pakettiautolla. Paikka on täytetty.',
    NULL,
    NULL,
    N'Kuljettaja nouti ylijäämäruoan kaupoista aamuisin ja vei sen jakelupisteisiin. Paikka on täytetty syyskuussa 2026.',
    NULL,
    NULL,
    N'B-ajokortti.', NULL, NULL,
    N'Palkka työehtosopimuksen mukaan. Edellyttää palkkatukipäätöstä.', NULL, NULL,
    NULL, NULL, NULL,
    0, 'ONSITE', N'Peltolankatu 11', '80220', N'Joensuu',
    '2026-10-01', '2027-06-30', '2026-09-15',
    30.0, 1, 0,
    N'Toiminnanohjaaja', NULL, N'ruoka-apu@example.fi', N'+358 40 555 0808',
    N'ruoka-avun kuljettaja (palkkatuki) ruoan noudot kaupoista pakettiautolla. paikka on taytetty. kuljettaja nouti ylijaamaruoan kaupoista aamuisin ja vei sen jakelupisteisiin. paikka on taytetty syyskuussa 2026. joensuun ruoka-apu ry',
    '2026-09-03 09:00:00', '2026-09-22 10:00:00', '2026-09-03 09:30:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b28');

-- Vapaaehtoiseksi ruoka-avun jakeluun lauantaisin (Joensuun Ruoka-apu ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b29', 1, 'PUBLISHED', 'VOLUNTEERING', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c08',
    N'Vapaaehtoiseksi ruoka-avun jakeluun lauantaisin', NULL, N'Volunteer at the Saturday food aid distribution',
    N'vapaaehtoiseksi ruoka avun jakeluun lauantaisin',
    N'Jaa ruoka-apukasseja ja opasta jonossa odottavia lauantaiaamuisin.',
    NULL,
    N'Hand out food aid bags and guide people in the queue on Saturday mornings.',
    N'Lauantain jakelussa käy satoja ihmisiä. Vapaaehtoiset jakavat kasseja, opastavat ja pitävät huolta siitä, että kaikki saavat apua arvokkaasti. Vuoro kestää kolme tuntia.',
    NULL,
    N'Hundreds of people come to the Saturday distribution. A shift lasts three hours.',
    NULL, NULL, NULL,
    N'Vapaaehtoistyö on palkatonta. Saat perehdytyksen, vakuutuksen ja kahvit.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    1, 'ONSITE', N'Peltolankatu 11', '80220', N'Joensuu',
    '2026-09-01', CAST(NULL AS DATE), CAST(NULL AS DATE),
    3.0, 20, 12,
    N'Vapaaehtoiskoordinaattori', NULL, N'vapaaehtoiset.ruoka-apu@example.fi', N'+358 40 555 0809',
    N'vapaaehtoiseksi ruoka-avun jakeluun lauantaisin volunteer at the saturday food aid distribution jaa ruoka-apukasseja ja opasta jonossa odottavia lauantaiaamuisin. hand out food aid bags and guide people in the queue on saturday mornings. lauantain jakelussa kay satoja ihmisia. vapaaehtoiset jakavat kasseja, opastavat ja pitavat huolta siita, etta kaikki saavat apua arvokkaasti. vuoro kestaa kolme tuntia. hundreds of people come to the saturday distribution. a shift lasts three hours. joensuun ruoka-apu ry',
    '2026-09-04 10:00:00', '2026-11-01 09:00:00', '2026-09-04 10:20:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b29');

-- Työelämän suomea – kieliharjoittelu yhdistyksen toimistossa (Monikulttuuriyhdistys Kotipiha ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30', 1, 'PUBLISHED', 'LANGUAGE_PRACTICE', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c09',
    N'Työelämän suomea – kieliharjoittelu yhdistyksen toimistossa', NULL, N'Finnish for working life – language practice at our office',
    N'työelämän suomea kieliharjoittelu yhdistyksen toimistossa',
    N'Harjoittele työpaikan suomea oikeissa toimistotehtävissä ohjaajan tuella.',
    NULL,
    N'Practise workplace Finnish in real office tasks with a mentor.',
    N'Kieliharjoittelussa teet yhdistyksen toimistotehtäviä: vastaat puhelimeen, kirjoitat lyhyitä viestejä, järjestät tapahtumia ja neuvot asiakkaita. Ohjaaja käy kanssasi läpi työelämän sanastoa ja tilanteita. Osan päivistä voi olla etänä.',
    NULL,
    N'You do real office work at the association: answer the phone, write short messages, organise events and advise visitors. A mentor goes through workplace vocabulary with you.',
    N'Suomen kielen taito vähintään alkeistasolla (A1–A2).', NULL, NULL,
    N'Maksuton. Kulukorvaus työllisyyspalveluiden päätöksen mukaan.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    1, 'HYBRID', N'Koskikatu 9', '80100', N'Joensuu',
    '2026-09-01', '2027-06-30', CAST(NULL AS DATE),
    20.0, 4, 2,
    N'Kieliohjaaja', NULL, N'kotipiha@example.fi', N'+358 40 555 0909',
    N'tyoelaman suomea – kieliharjoittelu yhdistyksen toimistossa finnish for working life – language practice at our office harjoittele tyopaikan suomea oikeissa toimistotehtavissa ohjaajan tuella. practise workplace finnish in real office tasks with a mentor. kieliharjoittelussa teet yhdistyksen toimistotehtavia: vastaat puhelimeen, kirjoitat lyhyita viesteja, jarjestat tapahtumia ja neuvot asiakkaita. ohjaaja kay kanssasi lapi tyoelaman sanastoa ja tilanteita. osan paivista voi olla etana. you do real office work at the association: answer the phone, write short messages, organise events and advise visitors. a mentor goes through workplace vocabulary with you. monikulttuuriyhdistys kotipiha ry',
    '2026-09-09 09:00:00', '2026-11-13 12:00:00', '2026-09-09 09:30:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30');

-- Harjoittelu monikulttuurisessa järjestötyössä (Monikulttuuriyhdistys Kotipiha ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b31', 1, 'PUBLISHED', 'INTERNSHIP', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c09',
    N'Harjoittelu monikulttuurisessa järjestötyössä', NULL, N'Internship in multicultural NGO work',
    N'harjoittelu monikulttuurisessa järjestötyössä',
    N'Harjoittelijaksi suunnittelemaan tapahtumia, viestintää ja vapaaehtoistoimintaa.',
    NULL,
    N'Intern with us: plan events, communications and volunteering.',
    N'Harjoittelija pääsee mukaan yhdistyksen koko arkeen: tapahtumien suunnitteluun, somesisältöjen tekemiseen ja vapaaehtoisten koordinointiin. Sopii sosionomi-, kulttuurituottaja- ja yhteisöpedagogiopiskelijoille.',
    NULL,
    N'The intern takes part in everything we do: planning events, making social media content and coordinating volunteers.',
    N'Opiskelu korkeakoulussa tai toisella asteella; englanti tai suomi työkielenä.', NULL, NULL,
    N'Harjoittelu on palkatonta; oppilaitoksen tai työllisyyspalveluiden etuudet säilyvät.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    0, 'HYBRID', N'Koskikatu 9', '80100', N'Joensuu',
    '2027-01-15', '2027-05-31', '2026-12-31',
    37.5, 1, 1,
    N'Toiminnanjohtaja', N'Amina Hassan', N'kotipiha@example.fi', N'+358 40 555 0909',
    N'harjoittelu monikulttuurisessa jarjestotyossa internship in multicultural ngo work harjoittelijaksi suunnittelemaan tapahtumia, viestintaa ja vapaaehtoistoimintaa. intern with us: plan events, communications and volunteering. harjoittelija paasee mukaan yhdistyksen koko arkeen: tapahtumien suunnitteluun, somesisaltojen tekemiseen ja vapaaehtoisten koordinointiin. sopii sosionomi-, kulttuurituottaja- ja yhteisopedagogiopiskelijoille. the intern takes part in everything we do: planning events, making social media content and coordinating volunteers. monikulttuuriyhdistys kotipiha ry',
    '2026-11-03 10:00:00', '2026-11-03 14:00:00', '2026-11-03 14:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b31');

-- Urapolku – työnhakuvalmennus englanniksi (Monikulttuuriyhdistys Kotipiha ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b32', 1, 'PUBLISHED', 'CAREER_COACHING', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c09',
    N'Urapolku – työnhakuvalmennus englanniksi', NULL, N'Career Path – job search coaching in English',
    N'urapolku työnhakuvalmennus englanniksi',
    N'Verkkovalmennus englanniksi: suomalaiset työmarkkinat, ansioluettelo ja työhaastattelu.',
    NULL,
    N'Online coaching in English: the Finnish job market, your CV and job interviews.',
    N'Kuuden viikon verkkovalmennus maahan muuttaneille, jotka haluavat oppia hakemaan töitä Suomessa. Sopii myös kunnissa, joissa ei ole omaa valmennusta, asuville.',
    NULL,
    N'A six-week online programme for newcomers who want to learn how to find work in Finland. Open to residents of every participating municipality.',
    NULL, NULL, NULL,
    N'Maksuton osallistujalle.', NULL, NULL,
    NULL, NULL, NULL,
    0, 'REMOTE', NULL, NULL, NULL,
    '2027-01-12', '2027-02-20', '2027-01-05',
    4.0, 15, 15,
    N'Uravalmentaja', NULL, N'urapolku@example.fi', N'+358 40 555 0910',
    N'urapolku – tyonhakuvalmennus englanniksi career path – job search coaching in english verkkovalmennus englanniksi: suomalaiset tyomarkkinat, ansioluettelo ja tyohaastattelu. online coaching in english: the finnish job market, your cv and job interviews. kuuden viikon verkkovalmennus maahan muuttaneille, jotka haluavat oppia hakemaan toita suomessa. sopii myos kunnissa, joissa ei ole omaa valmennusta, asuville. a six-week online programme for newcomers who want to learn how to find work in finland. open to residents of every participating municipality. monikulttuuriyhdistys kotipiha ry',
    '2026-11-16 09:00:00', '2026-11-16 11:00:00', '2026-11-16 11:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b32');

-- Klubitalon työpainotteinen päivä: keittiö ja toimisto (Lieksan Mielenterveysyhdistys Lumo ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b33', 1, 'PUBLISHED', 'REHABILITATIVE_WORK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c10',
    N'Klubitalon työpainotteinen päivä: keittiö ja toimisto', NULL, NULL,
    N'klubitalon työpainotteinen päivä keittiö ja toimisto',
    N'Lounaan valmistusta, kahvilaa ja toimistotöitä klubitalolla omassa tahdissa.',
    NULL,
    NULL,
    N'Klubitalon päivä rakentuu yhteisestä työstä: valmistamme lounaan, pidämme kahvilaa, teemme jäsenlehteä ja hoidamme toimiston tehtäviä. Jokainen osallistuu voimiensa mukaan, eikä kenenkään tarvitse osata kaikkea. Juuasta järjestyy kimppakyyti tiistaisin.',
    NULL,
    NULL,
    NULL, NULL, NULL,
    N'Toimintaraha 9 € päivältä ja matkakorvaus kunnan päätöksen mukaan.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    1, 'ONSITE', N'Pielisentie 22', '81700', N'Lieksa',
    '2026-08-01', CAST(NULL AS DATE), CAST(NULL AS DATE),
    12.0, 10, 4,
    N'Klubitalon ohjaaja', NULL, N'klubitalo.lieksa@example.fi', N'+358 40 555 1010',
    N'klubitalon tyopainotteinen paiva: keittio ja toimisto lounaan valmistusta, kahvilaa ja toimistotoita klubitalolla omassa tahdissa. klubitalon paiva rakentuu yhteisesta tyosta: valmistamme lounaan, pidamme kahvilaa, teemme jasenlehtea ja hoidamme toimiston tehtavia. jokainen osallistuu voimiensa mukaan, eika kenenkaan tarvitse osata kaikkea. juuasta jarjestyy kimppakyyti tiistaisin. lieksan mielenterveysyhdistys lumo ry',
    '2026-09-16 09:00:00', '2026-11-10 10:00:00', '2026-09-16 09:45:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b33');

-- Digituen työkokeilu: älypuhelinneuvontaa ikäihmisille (Lieksan Mielenterveysyhdistys Lumo ry)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b34', 1, 'DRAFT', 'WORK_TRIAL', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c10',
    N'Digituen työkokeilu: älypuhelinneuvontaa ikäihmisille', NULL, NULL,
    N'digituen työkokeilu älypuhelinneuvontaa ikäihmisille',
    N'Neuvo ikäihmisiä älypuhelimen, verkkopankin ja Omakannan käytössä.',
    NULL,
    NULL,
    N'Klubitalon digituki neuvoo kaupunkilaisia kahtena aamupäivänä viikossa. Työkokeilijana opastat älypuhelimen käytössä, tunnistautumisessa ja yleisimmissä verkkopalveluissa.',
    NULL,
    NULL,
    N'Omat hyvät taidot älypuhelimen ja verkkopalvelujen käytössä.', NULL, NULL,
    N'Työkokeilun ajalta saat työttömyysetuutta ja kulukorvausta työllisyyspalveluiden päätöksen mukaan. Työkokeilu ei ole työsuhde.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    0, 'ONSITE', N'Pielisentie 22', '81700', N'Lieksa',
    '2027-01-10', '2027-05-31', CAST(NULL AS DATE),
    15.0, 2, 2,
    N'Toiminnanjohtaja', NULL, N'klubitalo.lieksa@example.fi', N'+358 40 555 1010',
    N'digituen tyokokeilu: alypuhelinneuvontaa ikaihmisille neuvo ikaihmisia alypuhelimen, verkkopankin ja omakannan kaytossa. klubitalon digituki neuvoo kaupunkilaisia kahtena aamupaivana viikossa. tyokokeilijana opastat alypuhelimen kaytossa, tunnistautumisessa ja yleisimmissa verkkopalveluissa. lieksan mielenterveysyhdistys lumo ry',
    '2026-11-22 08:30:00', '2026-11-23 09:00:00', CAST(NULL AS DATETIME2(3)), CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b34');

-- Saavutettavuustestaus etänä (Pohjois-Karjalan Vammaistyön säätiö sr)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b35', 1, 'PUBLISHED', 'SPLIT_TASK', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c11',
    N'Saavutettavuustestaus etänä', N'Tillgänglighetstestning på distans', N'Remote accessibility testing',
    N'saavutettavuustestaus etänä',
    N'Testaa verkkosivujen ja sovellusten saavutettavuutta kotoa käsin omilla apuvälineilläsi.',
    N'Testa webbplatsers och appars tillgänglighet hemifrån.',
    N'Test the accessibility of websites and apps from home with your own assistive tools.',
    N'Säätiön digitukipalvelu testaa kuntien ja yhdistysten verkkopalveluja. Testaajana käytät sivuja omalla tavallasi, esimerkiksi ruudunlukijalla tai suurennuksella, ja kerrot, mikä ei toimi. Tehtävät ovat 1–3 tunnin kokonaisuuksia, ja ohjeet saa myös viittomakielellä.',
    N'Stiftelsens digitala stöd testar kommuners och föreningars webbtjänster. Uppgifterna tar 1–3 timmar.',
    N'The foundation''s digital support tests the web services of municipalities and associations. Tasks take 1–3 hours; instructions are also available in Finnish Sign Language.',
    N'Tietokone tai älypuhelin ja nettiyhteys.', NULL, NULL,
    N'Palkkio tehtävän laajuuden mukaan; sopii myös eläkkeen tai etuuden rinnalle.', NULL, NULL,
    N'Tehtävät tehdään kotoa käsin omilla apuvälineillä. Ohjeet suomeksi, ruotsiksi ja viittomakielellä.', NULL, NULL,
    0, 'REMOTE', NULL, NULL, NULL,
    '2026-09-01', CAST(NULL AS DATE), CAST(NULL AS DATE),
    5.0, 10, 5,
    N'Digituen koordinaattori', NULL, N'digituki.saatio@example.fi', N'+358 40 555 1112',
    N'saavutettavuustestaus etana tillganglighetstestning pa distans remote accessibility testing testaa verkkosivujen ja sovellusten saavutettavuutta kotoa kasin omilla apuvalineillasi. testa webbplatsers och appars tillganglighet hemifran. test the accessibility of websites and apps from home with your own assistive tools. saation digitukipalvelu testaa kuntien ja yhdistysten verkkopalveluja. testaajana kaytat sivuja omalla tavallasi, esimerkiksi ruudunlukijalla tai suurennuksella, ja kerrot, mika ei toimi. tehtavat ovat 1–3 tunnin kokonaisuuksia, ja ohjeet saa myos viittomakielella. stiftelsens digitala stod testar kommuners och foreningars webbtjanster. uppgifterna tar 1–3 timmar. the foundation''s digital support tests the web services of municipalities and associations. tasks take 1–3 hours; instructions are also available in finnish sign language. pohjois-karjalan vammaistyon saatio sr',
    '2026-09-22 10:00:00', '2026-11-18 14:30:00', '2026-09-22 11:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b35');

-- Toimistotyön työkokeilu viittomakielisessä työyhteisössä (Pohjois-Karjalan Vammaistyön säätiö sr)
INSERT INTO opportunity (id, version, status, type, organisation_id, title_fi, title_sv, title_en, title_sort, summary_fi, summary_sv, summary_en, description_fi, description_sv, description_en, requirements_fi, requirements_sv, requirements_en, compensation_fi, compensation_sv, compensation_en, accessibility_fi, accessibility_sv, accessibility_en, plain_language, delivery_mode, street_address, postal_code, post_office, valid_from, valid_to, application_deadline, hours_per_week, capacity_total, capacity_available, contact_role, contact_name, contact_email, contact_phone, search_text, created_at, updated_at, published_at, archived_at)
SELECT '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b36', 1, 'PUBLISHED', 'WORK_TRIAL', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c11',
    N'Toimistotyön työkokeilu viittomakielisessä työyhteisössä', NULL, NULL,
    N'toimistotyön työkokeilu viittomakielisessä työyhteisössä',
    N'Toimisto- ja asiakaspalvelutehtäviä työyhteisössä, jossa työkielenä on myös viittomakieli.',
    NULL,
    NULL,
    N'Säätiön toimistossa työskentelee kuuroja ja kuulevia. Työkokeilussa hoidat postia, arkistointia, tilavarauksia ja asiakaspalvelua. Perehdytys annetaan suomalaisella viittomakielellä.',
    NULL,
    NULL,
    NULL, NULL, NULL,
    N'Työkokeilun ajalta saat työttömyysetuutta ja kulukorvausta työllisyyspalveluiden päätöksen mukaan. Työkokeilu ei ole työsuhde.', NULL, NULL,
    N'Esteetön sisäänkäynti ja wc. Pyörätuolilla pääsee kaikkiin tiloihin.', NULL, NULL,
    1, 'ONSITE', N'Siltakatu 5', '80100', N'Joensuu',
    '2026-10-01', '2027-06-30', CAST(NULL AS DATE),
    25.0, 2, 1,
    N'Työvalmentaja', NULL, N'tyovalmennus.saatio@example.fi', N'+358 40 555 1111',
    N'toimistotyon tyokokeilu viittomakielisessa tyoyhteisossa toimisto- ja asiakaspalvelutehtavia tyoyhteisossa, jossa tyokielena on myos viittomakieli. saation toimistossa tyoskentelee kuuroja ja kuulevia. tyokokeilussa hoidat postia, arkistointia, tilavarauksia ja asiakaspalvelua. perehdytys annetaan suomalaisella viittomakielella. pohjois-karjalan vammaistyon saatio sr',
    '2026-09-28 09:00:00', '2026-10-20 09:00:00', '2026-09-28 10:00:00', CAST(NULL AS DATETIME2(3))
WHERE NOT EXISTS (SELECT 1 FROM opportunity WHERE id = '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b36');

-- Where each listing is offered, with the listing's status, type and updated_at copied for searching
INSERT INTO opportunity_municipality (opportunity_id, municipality_code, status, type, updated_at)
SELECT v.opportunity_id, v.municipality_code, v.status, v.type, v.updated_at FROM (VALUES
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b01', '541', 'PUBLISHED', 'WORK_TRIAL', '2026-11-02 13:20:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b02', '541', 'PUBLISHED', 'REHABILITATIVE_WORK', '2026-10-14 08:30:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b03', '541', 'PUBLISHED', 'SUBSIDISED_WORK', '2026-11-11 09:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b04', '541', 'DRAFT', 'SPLIT_TASK', '2026-11-18 14:25:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b05', '541', 'PUBLISHED', 'CO_EMPLOYMENT', '2026-11-06 08:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b05', '422', 'PUBLISHED', 'CO_EMPLOYMENT', '2026-11-06 08:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b06', '167', 'PUBLISHED', 'WORK_TRIAL', '2026-10-28 15:10:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b07', '167', 'PUBLISHED', 'CAREER_COACHING', '2026-11-16 10:45:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b07', '276', 'PUBLISHED', 'CAREER_COACHING', '2026-11-16 10:45:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b07', '426', 'PUBLISHED', 'CAREER_COACHING', '2026-11-16 10:45:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b08', '167', 'PUBLISHED', 'INTERNSHIP', '2026-10-21 08:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b09', '167', 'CLOSED', 'REHABILITATIVE_WORK', '2026-06-01 07:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b10', '167', 'PUBLISHED', 'VOLUNTEERING', '2026-11-03 09:15:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b11', '167', 'PUBLISHED', 'REHABILITATIVE_WORK', '2026-10-30 12:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b12', '167', 'PUBLISHED', 'LANGUAGE_PRACTICE', '2026-09-30 09:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b13', '260', 'PUBLISHED', 'WORK_TRIAL', '2026-11-09 14:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b13', '848', 'PUBLISHED', 'WORK_TRIAL', '2026-11-09 14:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b14', '260', 'PUBLISHED', 'SUBSIDISED_WORK', '2026-11-12 12:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b14', '848', 'PUBLISHED', 'SUBSIDISED_WORK', '2026-11-12 12:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b14', '707', 'PUBLISHED', 'SUBSIDISED_WORK', '2026-11-12 12:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b15', '260', 'PUBLISHED', 'REHABILITATIVE_WORK', '2026-10-05 11:30:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b16', '260', 'PUBLISHED', 'SPLIT_TASK', '2026-09-25 08:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b17', '260', 'DRAFT', 'INTERNSHIP', '2026-11-20 15:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b18', '309', 'PUBLISHED', 'SUBSIDISED_WORK', '2026-11-19 10:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b18', '607', 'PUBLISHED', 'SUBSIDISED_WORK', '2026-11-19 10:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b19', '309', 'PUBLISHED', 'CO_EMPLOYMENT', '2026-11-15 08:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b19', '426', 'PUBLISHED', 'CO_EMPLOYMENT', '2026-11-15 08:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b20', '309', 'CLOSED', 'WORK_TRIAL', '2026-09-01 07:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b21', '309', 'PUBLISHED', 'CAREER_COACHING', '2026-11-17 13:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b21', '607', 'PUBLISHED', 'CAREER_COACHING', '2026-11-17 13:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b21', '426', 'PUBLISHED', 'CAREER_COACHING', '2026-11-17 13:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b22', '276', 'PUBLISHED', 'VOLUNTEERING', '2026-10-01 17:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b23', '276', 'PUBLISHED', 'WORK_TRIAL', '2026-10-08 09:20:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b24', '276', 'DRAFT', 'SPLIT_TASK', '2026-11-21 19:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b24', '167', 'DRAFT', 'SPLIT_TASK', '2026-11-21 19:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b25', '260', 'PUBLISHED', 'VOLUNTEERING', '2026-09-20 10:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b26', '260', 'PUBLISHED', 'LANGUAGE_PRACTICE', '2026-11-12 16:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b27', '167', 'PUBLISHED', 'REHABILITATIVE_WORK', '2026-11-05 11:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b27', '426', 'PUBLISHED', 'REHABILITATIVE_WORK', '2026-11-05 11:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b28', '167', 'CLOSED', 'SUBSIDISED_WORK', '2026-09-22 10:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b29', '167', 'PUBLISHED', 'VOLUNTEERING', '2026-11-01 09:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b29', '276', 'PUBLISHED', 'VOLUNTEERING', '2026-11-01 09:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30', '167', 'PUBLISHED', 'LANGUAGE_PRACTICE', '2026-11-13 12:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30', '309', 'PUBLISHED', 'LANGUAGE_PRACTICE', '2026-11-13 12:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b31', '167', 'PUBLISHED', 'INTERNSHIP', '2026-11-03 14:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b32', '167', 'PUBLISHED', 'CAREER_COACHING', '2026-11-16 11:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b32', '309', 'PUBLISHED', 'CAREER_COACHING', '2026-11-16 11:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b32', '276', 'PUBLISHED', 'CAREER_COACHING', '2026-11-16 11:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b32', '090', 'PUBLISHED', 'CAREER_COACHING', '2026-11-16 11:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b32', '146', 'PUBLISHED', 'CAREER_COACHING', '2026-11-16 11:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b33', '422', 'PUBLISHED', 'REHABILITATIVE_WORK', '2026-11-10 10:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b33', '176', 'PUBLISHED', 'REHABILITATIVE_WORK', '2026-11-10 10:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b34', '422', 'DRAFT', 'WORK_TRIAL', '2026-11-23 09:00:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b35', '167', 'PUBLISHED', 'SPLIT_TASK', '2026-11-18 14:30:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b35', '276', 'PUBLISHED', 'SPLIT_TASK', '2026-11-18 14:30:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b35', '422', 'PUBLISHED', 'SPLIT_TASK', '2026-11-18 14:30:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b35', '146', 'PUBLISHED', 'SPLIT_TASK', '2026-11-18 14:30:00'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b36', '167', 'PUBLISHED', 'WORK_TRIAL', '2026-10-20 09:00:00')
) AS v (opportunity_id, municipality_code, status, type, updated_at)
WHERE NOT EXISTS (SELECT 1 FROM opportunity_municipality t WHERE t.opportunity_id = v.opportunity_id AND t.municipality_code = v.municipality_code);

-- Target groups
INSERT INTO opportunity_target_group (opportunity_id, code)
SELECT v.opportunity_id, v.code FROM (VALUES
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b01', 'LONG_TERM_UNEMPLOYED'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b01', 'PARTIAL_WORK_ABILITY'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b01', 'OLDER_JOB_SEEKERS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b02', 'LONG_TERM_UNEMPLOYED'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b02', 'RECOVERING'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b03', 'LONG_TERM_UNEMPLOYED'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b03', 'OLDER_JOB_SEEKERS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b04', 'PARTIAL_WORK_ABILITY'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b04', 'PEOPLE_WITH_DISABILITIES'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b05', 'LONG_TERM_UNEMPLOYED'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b06', 'YOUTH'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b07', 'YOUTH'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b07', 'IMMIGRANTS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b08', 'YOUTH'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b09', 'YOUTH'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b09', 'RECOVERING'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b10', 'EVERYONE'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b10', 'OLDER_JOB_SEEKERS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b11', 'LONG_TERM_UNEMPLOYED'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b11', 'RECOVERING'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b12', 'IMMIGRANTS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b13', 'EVERYONE'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b13', 'LONG_TERM_UNEMPLOYED'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b14', 'LONG_TERM_UNEMPLOYED'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b14', 'OLDER_JOB_SEEKERS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b15', 'PARTIAL_WORK_ABILITY'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b15', 'RECOVERING'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b15', 'IMMIGRANTS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b16', 'PARTIAL_WORK_ABILITY'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b16', 'PEOPLE_WITH_DISABILITIES'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b17', 'YOUTH'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b18', 'PARTIAL_WORK_ABILITY'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b18', 'PEOPLE_WITH_DISABILITIES'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b19', 'LONG_TERM_UNEMPLOYED'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b19', 'IMMIGRANTS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b20', 'PARTIAL_WORK_ABILITY'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b21', 'PARTIAL_WORK_ABILITY'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b21', 'PEOPLE_WITH_DISABILITIES'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b21', 'OLDER_JOB_SEEKERS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b22', 'YOUTH'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b22', 'EVERYONE'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b23', 'LONG_TERM_UNEMPLOYED'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b23', 'OLDER_JOB_SEEKERS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b24', 'EVERYONE'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b25', 'OLDER_JOB_SEEKERS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b25', 'EVERYONE'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b25', 'IMMIGRANTS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b26', 'IMMIGRANTS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b27', 'LONG_TERM_UNEMPLOYED'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b27', 'RECOVERING'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b27', 'IMMIGRANTS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b28', 'LONG_TERM_UNEMPLOYED'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b29', 'EVERYONE'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30', 'IMMIGRANTS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b31', 'IMMIGRANTS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b31', 'YOUTH'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b32', 'IMMIGRANTS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b33', 'RECOVERING'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b33', 'PARTIAL_WORK_ABILITY'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b34', 'PARTIAL_WORK_ABILITY'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b34', 'OLDER_JOB_SEEKERS'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b35', 'PEOPLE_WITH_DISABILITIES'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b35', 'PARTIAL_WORK_ABILITY'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b36', 'PEOPLE_WITH_DISABILITIES')
) AS v (opportunity_id, code)
WHERE NOT EXISTS (SELECT 1 FROM opportunity_target_group t WHERE t.opportunity_id = v.opportunity_id AND t.code = v.code);

-- Languages the listing can be done in
INSERT INTO opportunity_language (opportunity_id, code)
SELECT v.opportunity_id, v.code FROM (VALUES
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b01', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b02', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b03', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b04', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b05', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b06', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b06', 'en'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b07', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b07', 'en'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b07', 'uk'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b08', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b09', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b10', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b10', 'ru'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b10', 'uk'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b11', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b12', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b12', 'en'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b12', 'ru'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b12', 'uk'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b12', 'ar'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b13', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b13', 'ru'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b13', 'et'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b14', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b15', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b15', 'ar'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b15', 'so'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b16', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b17', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b18', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b19', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b19', 'ru'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b20', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b21', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b22', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b22', 'en'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b23', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b24', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b25', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b25', 'sv'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b26', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b26', 'ar'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b26', 'fa'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b26', 'so'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b27', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b27', 'ru'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b27', 'uk'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b28', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b29', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b29', 'en'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30', 'en'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30', 'ar'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30', 'so'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30', 'fa'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30', 'uk'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30', 'ru'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b31', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b31', 'en'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b32', 'en'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b32', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b33', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b34', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b35', 'fi'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b35', 'fse'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b35', 'sv'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b36', 'fse'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b36', 'fi')
) AS v (opportunity_id, code)
WHERE NOT EXISTS (SELECT 1 FROM opportunity_language t WHERE t.opportunity_id = v.opportunity_id AND t.code = v.code);

-- Partner organisations
INSERT INTO opportunity_partner (opportunity_id, organisation_id)
SELECT v.opportunity_id, v.organisation_id FROM (VALUES
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b05', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c10'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b10', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c08'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b12', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c09'),
    ('7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b19', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c08')
) AS v (opportunity_id, organisation_id)
WHERE NOT EXISTS (SELECT 1 FROM opportunity_partner t WHERE t.opportunity_id = v.opportunity_id AND t.organisation_id = v.organisation_id);

-- Audit: each sample record was created by the sample data
INSERT INTO audit_event (entity_type, entity_id, action, entity_version, actor_name, occurred_at)
SELECT v.entity_type, v.entity_id, v.action, v.entity_version, v.actor_name, v.occurred_at FROM (VALUES
    ('ORGANISATION', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c01', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-03 08:15:00'),
    ('ORGANISATION', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c02', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-05 07:30:00'),
    ('ORGANISATION', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c03', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-10 09:00:00'),
    ('ORGANISATION', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c04', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-12 10:20:00'),
    ('ORGANISATION', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c05', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-18 12:00:00'),
    ('ORGANISATION', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c06', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-25 16:45:00'),
    ('ORGANISATION', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c07', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-01 11:10:00'),
    ('ORGANISATION', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c08', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-03 08:00:00'),
    ('ORGANISATION', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c09', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-08 13:30:00'),
    ('ORGANISATION', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c10', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-15 10:00:00'),
    ('ORGANISATION', '3b1d6c52-8f0a-4c1e-9a57-1e2f3a4b5c11', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-20 09:40:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b01', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-20 09:12:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b02', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-20 09:40:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b03', 'CREATED', 1, N'Esimerkkiaineisto', '2026-11-10 11:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b04', 'CREATED', 1, N'Esimerkkiaineisto', '2026-11-18 14:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b05', 'CREATED', 1, N'Esimerkkiaineisto', '2026-11-05 10:30:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b06', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-12 08:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b07', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-06 09:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b08', 'CREATED', 1, N'Esimerkkiaineisto', '2026-10-20 13:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b09', 'CREATED', 1, N'Esimerkkiaineisto', '2025-12-01 09:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b10', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-25 10:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b11', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-25 11:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b12', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-28 13:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b13', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-18 08:30:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b14', 'CREATED', 1, N'Esimerkkiaineisto', '2026-11-12 09:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b15', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-29 10:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b16', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-24 09:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b17', 'CREATED', 1, N'Esimerkkiaineisto', '2026-11-20 15:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b18', 'CREATED', 1, N'Esimerkkiaineisto', '2026-10-27 08:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b19', 'CREATED', 1, N'Esimerkkiaineisto', '2026-11-14 12:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b20', 'CREATED', 1, N'Esimerkkiaineisto', '2026-02-10 09:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b21', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-19 10:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b22', 'CREATED', 1, N'Esimerkkiaineisto', '2026-08-27 18:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b23', 'CREATED', 1, N'Esimerkkiaineisto', '2026-10-08 09:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b24', 'CREATED', 1, N'Esimerkkiaineisto', '2026-11-21 19:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b25', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-02 12:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b26', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-05 09:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b27', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-10 08:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b28', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-03 09:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b29', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-04 10:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b30', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-09 09:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b31', 'CREATED', 1, N'Esimerkkiaineisto', '2026-11-03 10:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b32', 'CREATED', 1, N'Esimerkkiaineisto', '2026-11-16 09:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b33', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-16 09:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b34', 'CREATED', 1, N'Esimerkkiaineisto', '2026-11-22 08:30:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b35', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-22 10:00:00'),
    ('OPPORTUNITY', '7e4a2f19-3c6d-4b8e-a0f1-2d3e4f5a6b36', 'CREATED', 1, N'Esimerkkiaineisto', '2026-09-28 09:00:00')
) AS v (entity_type, entity_id, action, entity_version, actor_name, occurred_at)
WHERE NOT EXISTS (SELECT 1 FROM audit_event t WHERE t.entity_type = v.entity_type AND t.entity_id = v.entity_id AND t.action = v.action);

-- The listing row's copies of its codes (see V7), for the sample listings added above.
UPDATE opportunity SET
    municipality_list = (SELECT STRING_AGG(m.municipality_code, ',') WITHIN GROUP (ORDER BY m.municipality_code)
                         FROM opportunity_municipality m WHERE m.opportunity_id = opportunity.id),
    target_group_list = (SELECT STRING_AGG(t.code, ',') WITHIN GROUP (ORDER BY t.code)
                         FROM opportunity_target_group t WHERE t.opportunity_id = opportunity.id),
    language_list = (SELECT STRING_AGG(l.code, ',') WITHIN GROUP (ORDER BY l.code)
                     FROM opportunity_language l WHERE l.opportunity_id = opportunity.id)
WHERE municipality_list IS NULL;
