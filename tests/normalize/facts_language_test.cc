// Language detection by stopword counts.
#include <catch2/catch.hpp>

#include "normalize/facts/language.h"

namespace jobpipe {
namespace {

TEST_CASE("DetectLanguage names the language of a paragraph") {
  const std::pair<const char*, const char*> cases[] = {
      {"You will work with our team on the data platform and help us grow the product for our customers.", "en"},
      {"Wir suchen für unser Team eine engagierte Person, die mit uns die Zukunft der Logistik gestalten will und "
       "Freude an der Arbeit hat.",
       "de"},
      {"Nous recherchons une personne motivée pour rejoindre notre équipe et participer au développement des "
       "outils pour nos clients.",
       "fr"},
      {"Buscamos una persona con experiencia en el desarrollo de productos para nuestro equipo y con ganas de "
       "aprender.",
       "es"},
      {"Procuramos uma pessoa com experiência no desenvolvimento de software para a nossa equipa e com vontade "
       "de aprender.",
       "pt"},
      {"Cerchiamo una persona con esperienza nella gestione dei progetti per il nostro team e che sia anche "
       "curiosa.",
       "it"},
      {"Wij zoeken een collega met ervaring in softwareontwikkeling voor ons team en je werkt op het kantoor.",
       "nl"},
      {"Haemme tiimiimme kokenutta kehittäjää, jolla on osaamista ja kokemusta sekä halu oppia. Meillä on hyvä "
       "tiimi ja voit tehdä työtä myös etänä.",
       "fi"},
      {"Otsime oma meeskonda arendajat, kes on kogemus ning soov õppida. Sinu töö on oluline ja meie pakume head "
       "tingimusi, kui oled valmis.",
       "et"},
      {"Vi söker en utvecklare som vill arbeta med oss och som har erfarenhet av att bygga system för våra kunder.",
       "sv"},
      {"Szukamy osoby, która ma doświadczenie w pracy z systemami oraz jest gotowa na nowe wyzwania i będzie "
       "rozwijać się w naszym zespole.",
       "pl"},
  };
  for (const auto& [text, expected] : cases) {
    INFO(text);
    CHECK(facts::DetectLanguage(text) == std::optional<std::string>(expected));
  }
  CHECK_FALSE(facts::DetectLanguage("Python, Go, Kubernetes").has_value());
  CHECK_FALSE(facts::DetectLanguage("").has_value());
}

}  // namespace
}  // namespace jobpipe

namespace jobpipe {
namespace {

TEST_CASE("DetectLanguage: the script names the language, then the words do") {
  const std::pair<const char*, const char*> cases[] = {
      {"负责后端服务的设计与开发，参与系统架构优化，三年以上开发经验。", "zh"},
      {"クラウドサービスの設計と運用をお任せします。チームで協力して開発を進めます。", "ja"},
      {"서버 개발 경력 3년 이상이신 분, 함께 성장할 동료를 찾고 있습니다.", "ko"},
      {"พัฒนาและดูแลระบบเว็บไซต์ของบริษัท มีประสบการณ์อย่างน้อยสองปี", "th"},
      {"אנחנו מחפשים מפתח או מפתחת עם ניסיון של שלוש שנים לפחות בפיתוח צד שרת", "he"},
      {"Мы ищем разработчика с опытом работы от трёх лет для нашей команды в Москве.", "ru"},
      {"Ми шукаємо розробника з досвідом роботи від трьох років для нашої команди у Києві.", "uk"},
      {"Αναζητούμε προγραμματιστή με εμπειρία τριών ετών για την ομάδα μας στην Αθήνα.", "el"},
      {"Vi søger en udvikler til vores team, og du bliver en del af en hyggelig arbejdsplads hvor vi gerne "
       "ser at du har erfaring med Java, og du skal også kunne arbejde selvstændigt.",
       "da"},
      {"Vi ser etter en utvikler til vårt team, og du blir en del av et hyggelig miljø hvor vi gjerne ser at "
       "du har erfaring med Java, og du må også kunne jobbe selvstendig.",
       "nb"},
      {"Hledáme vývojáře, který se bude podílet na vývoji nových služeb pro naše zákazníky a který má "
       "zkušenosti s Javou nebo Kotlinem.",
       "cs"},
      {"Căutăm un programator care să se alăture echipei noastre și care are experiență în dezvoltarea "
       "aplicațiilor web pentru clienții noștri.",
       "ro"},
      {"Ekibimize katılacak, web uygulamaları geliştirme konusunda deneyim sahibi bir yazılım geliştirici "
       "arıyoruz ve bu iş için çok heyecanlıyız.",
       "tr"},
      {"Ieškome programuotojo, kuris prisijungtų prie mūsų komandos ir turėtų darbo patirtis su Java bei "
       "norėtų tobulėti kartu su mumis.",
       "lt"},
  };
  for (const auto& [text, language] : cases) {
    INFO(text);
    CHECK(facts::DetectLanguage(text) == std::optional<std::string>(language));
  }
  CHECK_FALSE(facts::DetectLanguage("AWS, Kubernetes, 负责"));  // too little of any script
}

}  // namespace
}  // namespace jobpipe
