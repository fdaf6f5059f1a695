// Language detection by stopword counts.
#include <catch2/catch.hpp>

#include "normalize/fact_language.h"

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
    CHECK(DetectLanguage(text) == std::optional<std::string>(expected));
  }
  CHECK_FALSE(DetectLanguage("Python, Go, Kubernetes").has_value());
  CHECK_FALSE(DetectLanguage("").has_value());
}

}  // namespace
}  // namespace jobpipe
