/**
 * Czech (and commonly met foreign) given names in the nominative. The Hunspell dictionary lists
 * given names and surnames alike with the same flags, so which capitalised words are given names
 * has to be said here; their inflected forms are generated (see morphology.ts).
 */
export const MALE_NAMES = `
Adam Adolf Albert Aleš Alexandr Alexej Alois Alfréd Ambrož Andrej Antonín Anton Arnošt Artur
Augustin Bedřich Benedikt Bernard Blahoslav Bohdan Bohumil Bohumír Bohuslav Boleslav Bořek
Bořivoj Božetěch Branislav Bronislav Bruno Břetislav Ctibor Ctirad Cyril Čeněk Čestmír Dalibor
Dalimil Daniel David Denis Dietrich Dobroslav Dominik Drahomír Drahoslav Dušan Eduard Emanuel
Emil Erik Ervín Evžen Felix Ferdinand Filip František Gabriel Hubert Hynek Ignác Igor Ivan Ivo
Jakub Jan Jarek Jaromír Jaromil Jaroslav Jindřich Jiří Josef Julius Kamil Karel Kazimír Kevin
Klement Kryštof Kvido Ladislav Leo Leoš Leopold Libor Lubomír Luboš Lubor Luděk Ludvík Lukáš
Marcel Marek Marian Martin Matěj Matouš Matyáš Max Maxmilián Metoděj Michael Michal Mikuláš
Milan Miloslav Miloš Miroslav Mojmír Norbert Oldřich Oleg Oliver Ondřej Oskar Oto Otakar Otmar
Patrik Patrick Pavel Petr Přemysl Radek Radim Radomír Radoslav Radovan Rastislav René Richard
Robert Róbert Robin Roman Rostislav Rudolf Samuel Sebastian Slavomír Stanislav Svatopluk
Šimon Štěpán Teodor Tadeáš Tibor Tomáš Václav Valdemar Valentin Vavřinec Vendelín Viktor Vilém
Vít Vítězslav Vladan Vladimír Vladislav Vlastimil Vojtěch Vratislav Zbyněk Zbyšek Zdeněk Zdislav
Zikmund Thomas Peter Hans Klaus Jürgen Wolfgang Stefan Frank John Paul George
Jozef Ľubomír Ľudovít Ľuboš Matúš Marián Štefan Ján Juraj Miroslav Mikuláš Dušan Ivan Igor Vladimír
Branislav Rastislav Radoslav Ľubor Milan Peter Martin Tomáš Michal Jaroslav Pavol Róbert Marek Boris
Andrzej Krzysztof Tadeusz Wojciech Grzegorz Piotr Paweł Jerzy Zbigniew Mateusz Łukasz Bartosz Sławomir
Dieter Günter Helmut Horst Manfred Werner Gerhard Heinz Uwe Markus Matthias Andreas Christian Michael
Sebastian Florian Tobias Lukas Jonas Felix Maximilian Johann Friedrich Karl Heinrich Ludwig Franz
László István Zoltán Attila Gábor Tibor Sándor Ferenc Péter Csaba Balázs Viktor
Oleksandr Olexandr Volodymyr Serhij Andrij Mykola Vasyl Taras Dmytro Jurij Bohdan Petro Oleksij
William James Robert David Richard Charles Joseph Daniel Matthew Anthony Mark Steven Andrew Kenneth
Jean Pierre Jacques Michel François Philippe Alain Luca Marco Giuseppe Giovanni Antonio Francesco
`;

export const FEMALE_NAMES = `
Adéla Adriana Agáta Alena Alexandra Alice Alžběta Amálie Anastázie Andrea Aneta Anežka Anna
Antonie Barbora Beáta Bedřiška Berta Blanka Blažena Bohdana Bohumila Bohuslava Božena Carolin
Dagmar Dana Daniela Darina Denisa Dita Dominika Dorota Drahomíra Drahoslava Edita Eliška Ema
Emílie Erika Ester Eva Evelína Františka Gabriela Hana Hedvika Helena Hedviga Ilona Irena Iva
Ivana Iveta Jana Jarmila Jaroslava Jindřiška Jiřina Jitka Johana Josefa Judita Julie Kamila
Karin Karla Karolína Kateřina Klára Kristina Kristýna Květa Květoslava Laura Lenka Libuše
Lucie Ludmila Magdalena Marcela Marie Markéta Marta Martina Michaela Milada Milena Miloslava
Miluše Miroslava Monika Naděžda Natálie Nikola Nikol Olga Otilie Pavla Pavlína Petra Radka
Radmila Regina Renata Romana Růžena Sabina Silvie Simona Soňa Stanislava Stela Světla Šárka
Štěpánka Tamara Taťána Tereza Vanda Vendula Veronika Věra Viktorie Vilma Vladimíra Vlasta
Yvona Yveta Zdenka Zdeňka Zora Zuzana Žaneta Emma Sandra Sofie Sylva Sylvie Olívie Vanesa
Kamila Jolana Ladislava Leona Libuše Lýdie Marika Natalie Nela Nina Oldřiška Ráchel Rút
Zuzana Ľubica Ľudmila Janka Katarína Mária Jana Soňa Daniela Lucia Monika Veronika Andrea Silvia
Eva Anna Alžbeta Beata Dana Iveta Ingrid Gabriela Marta Martina Miroslava Viera Zlatica Oľga
Agnieszka Katarzyna Małgorzata Joanna Magdalena Ewa Anna Barbara Elżbieta Krystyna Dorota Urszula
Ursula Sabine Petra Claudia Monika Susanne Andrea Birgit Gabriele Angelika Heike Karin Brigitte
Erzsébet Katalin Zsuzsanna Ildikó Ágnes Krisztina Judit
Olena Oksana Natalija Tetjana Halyna Iryna Switlana Ljudmyla Julija
Mary Elizabeth Jennifer Susan Margaret Sarah Jessica Emily Marie Claire Sophie Nathalie Giulia Francesca
`;
