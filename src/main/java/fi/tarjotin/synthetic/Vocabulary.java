package fi.tarjotin.synthetic;

import java.util.List;
import java.util.random.RandomGenerator;

/** Finnish words and phrases that real listings and organisations use, for synthetic but searchable text. */
final class Vocabulary {

    static final List<String> PLACES = List.of("Kierrätyskeskus", "Kahvila", "Puutyöverstas", "Ruoka-apu",
            "Nuorisotila", "Lähiruokapuoti", "Kirpputori", "Pyöräkorjaamo", "Ompelimo", "Kylätalo", "Seurakuntatalo",
            "Urheiluhalli", "Museo", "Kirjasto", "Palvelukeskus", "Puutarha", "Tapahtumatoimisto", "Digitupa");
    static final List<String> TASKS = List.of("asiakaspalvelu", "siivous", "lajittelu", "hinnoittelu", "keittiötyö",
            "leivonta", "kiinteistöhuolto", "pihatyöt", "tavaroiden kuljetus", "varastotyö", "digituki",
            "tapahtumajärjestelyt", "ohjaus", "some-viestintä", "korjaustyöt", "tekstiilityöt", "kassatyö",
            "ikäihmisten ulkoilutus", "kielikahvila", "läksykerho");
    static final List<String> QUALITIES = List.of("rauhallisessa työyhteisössä", "pienessä tiimissä",
            "joustavin työajoin", "työvalmentajan tuella", "omaan tahtiin", "selkokielisellä perehdytyksellä",
            "esteettömissä tiloissa", "aamupäivisin", "iltapäivisin", "osa-aikaisesti");
    static final List<String> ASSOCIATION_WORDS = List.of("Työttömät", "Kylät", "Martat", "Lähimmäiset",
            "Nuoret", "Seniorit", "Työpaja", "Kierrätys", "Urheiluseura", "Eläkeläiset", "Monikulttuuriyhdistys",
            "Diakonia", "Vammaisyhdistys", "Mielenterveysseura", "Ruoka-apu", "Nuorisoseura", "Kansalaisopisto");
    static final List<String> ROLES = List.of("Työvalmentaja", "Yhdistyksen sihteeri", "Toiminnanjohtaja",
            "Vapaaehtoiskoordinaattori", "Verstasohjaaja", "Nuorisotyöntekijä");

    private Vocabulary() {
    }

    static <T> T pick(List<T> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }
}
