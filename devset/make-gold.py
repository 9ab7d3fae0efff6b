import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold")
D = {}
def doc(id, lang, date, source, entities, events, complete=True):
    D[id] = dict(doc=id, path=f"devset/articles/{id}.txt", lang=lang, date=date, source=source,
                 complete=complete, entities=entities, events=events)
C = lambda code: {"kind": "country", "code": code}
P = lambda name, c, role=None: dict(kind="person", name=name, country=c, **({"role": role} if role else {}))
PL = lambda name, c=None: dict(kind="place", name=name, **({"country": c} if c else {}))
O = lambda name, c=None: dict(kind="organization", name=name, **({"country": c} if c else {}))
OCC = "occurred"; OO = ["ongoing", "occurred"]; PE = ["planned", "expected"]

doc("dev-fr-01", "fr", "2025-02-12", "MAP",
 [C("MAR"), C("SEN"), P("Aziz Akhannouch", "MAR", "head_of_government"), P("Ousmane Sonko", "SEN", "head_of_government"),
  P("Mohammed VI", "MAR", "head_of_state"), PL("Rabat", "MAR"), PL("Agadir", "MAR"), PL("Dakar", "SEN")],
 [
  {"type": "agreement", "stage": "signed", "status": OCC, "count": 11, "countries": ["MAR", "SEN"], "date": "2025-02-12", "note": "ont signé, mercredi à Rabat, onze accords et mémorandums d'entente"},
  {"type": "agreement", "stage": "signed", "status": OCC, "topic": "double taxation", "countries": ["MAR", "SEN"], "note": "une convention tendant à éviter la double imposition"},
  {"type": "agreement", "stage": "signed", "status": OCC, "topic": "education", "countries": ["MAR", "SEN"], "note": "un mémorandum d'entente dans le domaine de l'enseignement supérieur"},
  {"type": "agreement", "stage": "signed", "status": OCC, "topic": "transport", "countries": ["MAR", "SEN"], "note": "un protocole relatif au transport routier international de marchandises"},
  {"type": "meeting", "status": OCC, "countries": ["MAR", "SEN"], "note": "15e session de la Grande commission mixte … coprésidée par … Akhannouch et … Sonko"},
  {"type": "visit", "subtype": "working", "status": OO, "actor": "Sonko", "actor_country": "SEN", "target_country": "MAR", "note": "Ousmane Sonko, arrivé mardi soir dans la capitale du Royaume pour une visite de travail de deux jours"},
  {"type": "praise", "status": OCC, "actor": "Sonko", "actor_country": "SEN", "target_country": "MAR", "note": "M. Sonko a salué « le rôle moteur » du Maroc"},
  {"type": "praise", "optional": True, "actor": "Sonko", "actor_country": "SEN", "target_country": "MAR", "note": "remercié le roi Mohammed VI pour l'accueil chaleureux"},
  {"type": "trade", "status": OCC, "value": 4.3e9, "currency": "MAD", "year": 2023, "countries": ["MAR", "SEN"], "note": "les échanges commerciaux … 4,3 milliards de dirhams en 2023, en hausse de 12 %"},
  {"type": "statement", "optional": True, "actor": "Akhannouch", "actor_country": "MAR", "target_country": "SEN", "note": "un niveau qu'il juge toutefois « en deçà du potentiel »"},
  {"type": "transport_link", "mode": "sea", "status": PE, "countries": ["MAR", "SEN"], "note": "la reprise, programmée pour avril, de la ligne maritime reliant Agadir à Dakar"},
  {"type": "transport_link", "optional": True, "mode": "sea", "change": "suspended", "countries": ["MAR", "SEN"], "note": "interrompue depuis 2021"},
  {"type": "meeting", "status": "expected", "countries": ["MAR", "SEN"], "date": "2025-02-13", "note": "devrait être reçu jeudi par le Souverain"},
  {"type": "relations_established", "status": OCC, "countries": ["MAR", "SEN"], "date": "1960", "note": "entretiennent des relations diplomatiques depuis 1960"},
  {"type": "cooperation", "optional": True, "countries": ["MAR", "SEN"], "note": "accords portant notamment sur l'agriculture, la formation professionnelle, la pêche maritime et la santé"},
 ])

doc("dev-fr-02", "fr", "2024-11-20", "Présidence de la République",
 [C("FRA"), C("NGA"), P("Emmanuel Macron", "FRA", "head_of_state"), P("Bola Ahmed Tinubu", "NGA", "head_of_state"),
  PL("Abuja", "NGA"), O("TotalEnergies")],
 [
  {"type": "visit", "subtype": "state", "status": "planned", "actor": "Tinubu", "actor_country": "NGA", "target_country": "FRA", "date": {"start": "2024-11-27", "end": "2024-11-29"}, "note": "accueillera son homologue nigérian … pour une visite d'État en France du 27 au 29 novembre 2024"},
  {"type": "meeting", "status": "planned", "countries": ["FRA", "NGA"], "note": "Les deux chefs d'État auront un entretien au palais de l'Élysée"},
  {"type": "agreement", "stage": "planned", "status": "expected", "countries": ["FRA", "NGA"], "note": "Plusieurs accords devraient être conclus à cette occasion"},
  {"type": "meeting", "optional": True, "status": "planned", "countries": ["FRA", "NGA"], "date": "2024-11-28", "note": "Un forum économique franco-nigérian rassemblera … le 28 novembre"},
  {"type": "cooperation", "optional": True, "status": PE, "countries": ["FRA", "NGA"], "note": "Leurs échanges porteront sur la sécurité … la transition énergétique … industries culturelles"},
  {"type": "trade", "status": OCC, "value": 5.5e9, "currency": "EUR", "year": 2023, "countries": ["FRA", "NGA"], "note": "les échanges … ont dépassé 5,5 milliards d'euros en 2023"},
  {"type": "investment", "status": OCC, "value": 1e10, "currency": "EUR", "actor_country": "FRA", "target_country": "NGA", "note": "Les entreprises françaises … y ont investi plus de 10 milliards d'euros"},
  {"type": "phone_call", "status": OCC, "countries": ["FRA", "NGA"], "date": "2024-10-04", "note": "l'entretien téléphonique que les deux Présidents ont eu le 4 octobre dernier"},
  {"type": "visit", "status": OCC, "actor_country": "FRA", "target_country": "NGA", "date": "2024-07", "note": "le déplacement à Abuja, en juillet, du ministre délégué chargé du Commerce extérieur"},
 ])

doc("dev-fr-03", "fr", "2025-01-14", "AFP",
 [C("TUR"), C("AZE"), C("ARM"), P("Recep Tayyip Erdogan", "TUR", "head_of_state"), P("Ilham Aliev", "AZE", "head_of_state"),
  PL("Bakou", "AZE"), PL("Ankara", "TUR"), PL("Haut-Karabakh", "AZE")],
 [
  {"type": "visit", "subtype": "official", "status": OO, "actor": "Erdogan", "actor_country": "TUR", "target_country": "AZE", "date": "2025-01-14", "note": "est arrivé mardi à Bakou pour une visite officielle de deux jours"},
  {"type": "meeting", "optional": True, "status": OCC, "countries": ["TUR", "AZE"], "note": "Accueilli à l'aéroport par le président Ilham Aliev"},
  {"type": "meeting", "status": "planned", "countries": ["TUR", "AZE"], "date": "2025-01-15", "note": "doit coprésider avec lui mercredi la réunion du Conseil de coopération stratégique"},
  {"type": "agreement", "stage": "planned", "status": "expected", "topic": "gas", "countries": ["TUR", "AZE"], "note": "les deux pays pourraient signer … un accord prolongeant … les livraisons de gaz"},
  {"type": "agreement", "stage": "signed", "status": OCC, "countries": ["TUR", "AZE"], "date": "2021-06", "note": "ont conclu en juin 2021 une déclaration d'alliance"},
  {"type": "agreement", "stage": "ratified", "status": OCC, "countries": ["TUR", "AZE"], "date": "2022", "note": "Le texte a été ratifié par les parlements des deux pays en 2022"},
  {"type": "trade", "status": OCC, "value": 7.2e9, "currency": "USD", "year": 2024, "countries": ["TUR", "AZE"], "note": "Les échanges bilatéraux se sont élevés à 7,2 milliards de dollars en 2024"},
  {"type": "trade", "target": True, "value": 1.5e10, "currency": "USD", "countries": ["TUR", "AZE"], "note": "objectif de les porter à 15 milliards de dollars"},
  {"type": "anniversary", "ordinal": 33, "base_year": 1992, "year": 2025, "of": "relations_established", "countries": ["TUR", "AZE"], "note": "le 33e anniversaire de l'établissement des relations diplomatiques … en janvier 1992"},
  {"type": "relations_established", "status": OCC, "countries": ["TUR", "AZE"], "date": "1992-01", "note": "l'établissement des relations diplomatiques … en janvier 1992"},
  {"type": "praise", "status": OCC, "actor": "Aliev", "actor_country": "AZE", "target_country": "TUR", "note": "M. Aliev a remercié la Turquie pour son « soutien indéfectible »"},
  {"type": "criticism", "status": OCC, "actor": "Erdogan", "actor_country": "TUR", "target_country": "ARM", "note": "M. Erdogan a une nouvelle fois accusé l'Arménie de « traîner des pieds »"},
 ])

doc("dev-fr-04", "fr", "2024-07-08", "Le Temps",
 [C("BRA"), C("ARG"), P("Julio Bitelli", "BRA", "ambassador"), P("Javier Milei", "ARG", "head_of_state"),
  P("Luiz Inácio Lula da Silva", "BRA", "head_of_state"), P("Mauro Vieira", "BRA", "foreign_minister"), P("Manuel Adorni", "ARG", "official"),
  PL("Buenos Aires", "ARG"), PL("Balneário Camboriú", "BRA"), PL("Asunción", "PRY"), PL("Brasilia", "BRA"),
  O("Itamaraty", "BRA"), O("Mercosur")],
 [
  {"type": "relations_reduced", "status": OCC, "actor_country": "BRA", "target_country": "ARG", "date": "2024-07-07", "note": "a rappelé dimanche pour consultations son ambassadeur à Buenos Aires"},
  {"type": "criticism", "status": OCC, "actor": "Milei", "actor_country": "ARG", "target_country": "BRA", "note": "Javier Milei, qui a traité Luiz Inácio Lula da Silva de « communiste corrompu »"},
  {"type": "protest", "status": OCC, "actor_country": "BRA", "target_country": "ARG", "date": "2024-07-08", "note": "L'Itamaraty a en outre convoqué lundi la chargée d'affaires argentine pour lui remettre une note de protestation"},
  {"type": "criticism", "status": OCC, "actor": "Vieira", "actor_country": "BRA", "target_country": "ARG", "note": "« Le président Milei s'est immiscé … », a dénoncé … Mauro Vieira"},
  {"type": "meeting", "status": "negated", "countries": ["ARG", "BRA"], "note": "M. Milei, qui n'a jamais rencontré M. Lula"},
  {"type": "meeting", "optional": True, "status": "negated", "countries": ["ARG", "BRA"], "note": "avait boudé vendredi le sommet du Mercosur à Asunción"},
  {"type": "agreement", "status": "negated", "topic": "electricity", "countries": ["ARG", "BRA"], "note": "devaient parapher un protocole sur les échanges d'électricité … le texte n'a finalement pas été signé"},
  {"type": "threat", "status": OCC, "actor": "Adorni", "actor_country": "ARG", "target_country": "BRA", "note": "a menacé de geler les discussions sur l'extension d'un gazoduc vers le Brésil"},
  {"type": "statement", "optional": True, "actor": "Adorni", "actor_country": "ARG", "target_country": "BRA", "note": "son pays « ne présentera pas d'excuses »"},
  {"type": "trade", "status": OCC, "value": 2.86e10, "currency": "USD", "year": 2023, "countries": ["ARG", "BRA"], "note": "Les échanges … ont reculé de 22 % l'an dernier, à 28,6 milliards de dollars"},
 ])

doc("dev-fr-05", "fr", "2025-03-20", "RFI",
 [C("POL"), C("UKR"), P("Donald Tusk", "POL", "head_of_government"), P("Volodymyr Zelensky", "UKR", "head_of_state"),
  PL("Kiev", "UKR"), PL("Varsovie", "POL"), PL("Lublin", "POL"), O("ministère polonais du Développement", "POL")],
 [
  {"type": "visit", "status": OO, "actor": "Tusk", "actor_country": "POL", "target_country": "UKR", "date": "2025-03-20", "note": "Donald Tusk s'est rendu jeudi à Kiev"},
  {"type": "meeting", "status": OCC, "countries": ["POL", "UKR"], "date": "2025-03-20", "note": "où il a été reçu par le président Volodymyr Zelensky"},
  {"type": "agreement", "stage": "signed", "status": OCC, "countries": ["POL", "UKR"], "note": "ont signé une déclaration conjointe sur la reconstruction de l'Ukraine"},
  {"type": "aid", "kind": "military", "status": OCC, "value": 3e8, "currency": "EUR", "actor_country": "POL", "target_country": "UKR", "note": "une nouvelle enveloppe d'aide militaire de 300 millions d'euros"},
  {"type": "statement", "optional": True, "actor": "Tusk", "actor_country": "POL", "target_country": "UKR", "note": "« La sécurité de l'Ukraine, c'est la sécurité de la Pologne »"},
  {"type": "praise", "status": OCC, "actor": "Zelensky", "actor_country": "UKR", "target_country": "POL", "note": "M. Zelensky a rendu hommage … à « la solidarité sans faille » des Polonais"},
  {"type": "sanction", "status": OCC, "actor_country": "POL", "target_country": "UKR", "date": "2023-09", "note": "l'embargo sur les céréales ukrainiennes qu'elle avait décrété en septembre 2023"},
  {"type": "protest", "status": OCC, "actor_country": "POL", "target_country": "UKR", "date": "2025-03-19", "note": "Mercredi encore, des agriculteurs polonais ont bloqué plusieurs points de passage … pour dénoncer la concurrence des produits ukrainiens"},
  {"type": "trade", "status": OCC, "value": 1.3e10, "currency": "EUR", "year": 2024, "countries": ["POL", "UKR"], "note": "le commerce bilatéral a atteint 13 milliards d'euros l'an dernier"},
  {"type": "meeting", "status": "expected", "countries": ["POL", "UKR"], "date": "2025-05", "note": "devraient tenir en mai, à Lublin, des consultations intergouvernementales"},
 ])

doc("dev-fr-06", "fr", "2024-10-16", "Al-Ahram Hebdo",
 [C("EGY"), C("SAU"), C("SDN"), C("LBN"), P("Abdel-Fattah Al-Sissi", "EGY", "head_of_state"),
  P("Mohammed ben Salmane", "SAU", "head_of_government"), P("Mohamed El-Shennawy", "EGY", "official"),
  PL("Le Caire", "EGY"), PL("Gaza"), PL("Riyad", "SAU"), O("Fonds public d'investissement", "SAU")],
 [
  {"type": "visit", "subtype": "official", "status": OO, "actor": "Salmane", "actor_country": "SAU", "target_country": "EGY", "note": "le prince héritier … Mohammed ben Salmane, en visite officielle en Égypte"},
  {"type": "meeting", "status": OCC, "countries": ["EGY", "SAU"], "date": "2024-10-15", "note": "Le président … a reçu mardi au Caire le prince héritier … les entretiens ont porté sur"},
  {"type": "cooperation", "optional": True, "domains": ["investment"], "countries": ["EGY", "SAU"], "note": "les entretiens ont porté … sur le renforcement des investissements saoudiens en Égypte"},
  {"type": "agreement", "stage": "signed", "status": OCC, "countries": ["EGY", "SAU"], "note": "ont signé le procès-verbal portant création du Conseil de coordination suprême"},
  {"type": "relations_upgraded", "optional": True, "status": OCC, "what": "mechanism", "countries": ["EGY", "SAU"], "note": "création du Conseil de coordination suprême égypto-saoudien"},
  {"type": "agreement", "stage": "signed", "status": OCC, "topic": "investment", "countries": ["EGY", "SAU"], "note": "Un accord sur la protection et la promotion réciproques des investissements a également été conclu"},
  {"type": "agreement", "stage": "planned", "status": "planned", "countries": ["EGY", "SAU"], "note": "un mémorandum d'entente sur l'interconnexion électrique doit être finalisé d'ici la fin de l'année"},
  {"type": "investment", "status": PE, "value": 1.5e10, "currency": "USD", "actor_country": "SAU", "target_country": "EGY", "note": "Le Fonds public d'investissement … s'est engagé à injecter 15 milliards de dollars"},
  {"type": "investment", "status": OO, "value": 3.5e10, "currency": "USD", "actor_country": "SAU", "target_country": "EGY", "note": "avec un stock estimé à 35 milliards de dollars"},
  {"type": "trade", "status": OCC, "value": 1.28e10, "currency": "USD", "year": 2023, "countries": ["EGY", "SAU"], "note": "a progressé de 17 % en 2023, pour atteindre 12,8 milliards de dollars"},
  {"type": "praise", "status": OCC, "actor": "Sissi", "actor_country": "EGY", "target_country": "SAU", "note": "M. Sissi a salué « le rôle pionnier » de l'Arabie saoudite"},
  {"type": "invitation", "actor_country": "SAU", "target_country": "EGY", "note": "a accepté l'invitation du prince héritier à se rendre à Riyad"},
  {"type": "visit", "status": PE, "actor": "Sissi", "actor_country": "EGY", "target_country": "SAU", "note": "se rendre à Riyad au début de l'année prochaine"},
 ])

doc("dev-fr-07", "fr", "2024-11-06", "Radio-Canada",
 [C("CAN"), C("MEX"), C("USA"), P("Justin Trudeau", "CAN", "head_of_government"), P("Claudia Sheinbaum", "MEX", "head_of_state"),
  P("Juan Ramón de la Fuente", "MEX", "foreign_minister"), PL("Ottawa", "CAN"), PL("Montréal", "CAN"), PL("Monterrey", "MEX"),
  O("Air Canada"), O("Bureau du premier ministre", "CAN")],
 [
  {"type": "phone_call", "status": OCC, "countries": ["CAN", "MEX"], "date": "2024-11-05", "note": "Justin Trudeau s'est entretenu mardi au téléphone avec … Claudia Sheinbaum"},
  {"type": "praise", "status": OCC, "actor": "Trudeau", "actor_country": "CAN", "target_country": "MEX", "note": "qu'il a félicitée pour son entrée en fonction"},
  {"type": "invitation", "status": OCC, "actor": "Trudeau", "actor_country": "CAN", "target_country": "MEX", "note": "et invitée à effectuer une visite officielle au Canada l'an prochain"},
  {"type": "visit", "status": PE, "actor": "Sheinbaum", "actor_country": "MEX", "target_country": "CAN", "note": "effectuer une visite officielle au Canada l'an prochain / Aucune date n'a … été arrêtée pour la venue de Mme Sheinbaum"},
  {"type": "cooperation", "optional": True, "status": PE, "countries": ["CAN", "MEX"], "note": "ont convenu de relancer le Dialogue stratégique de haut niveau"},
  {"type": "meeting", "optional": True, "status": OCC, "countries": ["CAN", "MEX"], "date": "2023", "note": "qui ne s'est pas réuni depuis 2023"},
  {"type": "agreement", "optional": True, "countries": ["CAN", "MEX"], "note": "l'examen de l'Accord Canada–États-Unis–Mexique (ACEUM), prévu en 2026"},
  {"type": "criticism", "status": OCC, "actor_country": "MEX", "target_country": "CAN", "note": "une décision que le gouvernement mexicain avait qualifiée de « regrettable »"},
  {"type": "criticism", "status": OCC, "actor": "de la Fuente", "actor_country": "MEX", "target_country": "CAN", "note": "Juan Ramón de la Fuente, a réitéré la semaine dernière que cette mesure « pénalise injustement »"},
  {"type": "trade", "status": OCC, "value": 5.6e10, "currency": "CAD", "year": 2023, "countries": ["CAN", "MEX"], "note": "Le commerce bilatéral de marchandises a atteint 56 milliards de dollars canadiens en 2023"},
  {"type": "transport_link", "mode": "air", "status": PE, "countries": ["CAN", "MEX"], "date": "2024-12", "note": "Air Canada a annoncé le lancement, en décembre, d'une liaison directe entre Montréal et Monterrey"},
 ])

doc("dev-fr-08", "fr", "2025-04-15", "AFP",
 [C("FRA"), C("DZA"), P("Stéphane Romatet", "FRA", "ambassador"), P("Emmanuel Macron", "FRA", "head_of_state"),
  P("Abdelmadjid Tebboune", "DZA", "head_of_state"), P("Jean-Noël Barrot", "FRA", "foreign_minister"),
  PL("Paris", "FRA"), PL("Alger", "DZA"), O("ministère algérien des Affaires étrangères", "DZA")],
 [
  {"type": "expulsion", "status": OCC, "actor_country": "FRA", "target_country": "DZA", "date": "2025-04-15", "note": "La France a décidé mardi d'expulser douze agents du réseau consulaire et diplomatique algérien"},
  {"type": "relations_reduced", "status": OCC, "actor_country": "FRA", "target_country": "DZA", "date": "2025-04-15", "note": "et de rappeler pour consultations son ambassadeur à Alger"},
  {"type": "expulsion", "status": OCC, "actor_country": "DZA", "target_country": "FRA", "date": "2025-04-13", "note": "l'expulsion de douze fonctionnaires français annoncée dimanche par l'Algérie"},
  {"type": "criticism", "status": OCC, "actor_country": "FRA", "target_country": "DZA", "note": "La présidence y dénonce une décision « injustifiée et incompréhensible »"},
  {"type": "protest", "status": OCC, "actor_country": "DZA", "target_country": "FRA", "note": "avait convoqué l'ambassadeur de France pour élever une protestation"},
  {"type": "phone_call", "status": OCC, "countries": ["FRA", "DZA"], "note": "l'entretien téléphonique entre le président Emmanuel Macron et son homologue Abdelmadjid Tebboune"},
  {"type": "cooperation", "optional": True, "countries": ["FRA", "DZA"], "note": "avaient convenu de relancer la coopération sécuritaire et migratoire"},
  {"type": "visit", "status": OCC, "actor": "Barrot", "actor_country": "FRA", "target_country": "DZA", "date": "2025-04-06", "note": "Jean-Noël Barrot, s'était ensuite rendu à Alger le 6 avril"},
  {"type": "visit", "status": ["negated", "expected"], "actor_country": "DZA", "target_country": "FRA", "note": "la visite à Paris du ministre algérien de la Justice, prévue en mai, ne devrait pas avoir lieu"},
 ])

doc("dev-en-01", "en", "2025-08-29", "PTI",
 [C("IND"), C("JPN"), C("CHN"), P("Narendra Modi", "IND", "head_of_government"), P("Shigeru Ishiba", "JPN", "head_of_government"),
  PL("Tokyo", "JPN"), PL("Mumbai", "IND"), PL("Ahmedabad", "IND"), PL("Sendai", "JPN"), PL("Tianjin", "CHN"),
  O("ISRO"), O("JAXA"), O("Shanghai Cooperation Organisation")],
 [
  {"type": "meeting", "status": OCC, "countries": ["IND", "JPN"], "date": "2025-08-29", "note": "on Friday held wide-ranging talks here"},
  {"type": "agreement", "stage": "signed", "status": OCC, "count": 13, "countries": ["IND", "JPN"], "date": "2025-08-29", "note": "inked 13 agreements"},
  {"type": "agreement", "stage": "signed", "status": OCC, "topic": "semiconductor", "countries": ["IND", "JPN"], "note": "a memorandum of cooperation on semiconductors"},
  {"type": "agreement", "stage": "signed", "status": OCC, "topic": "skilled workers", "countries": ["IND", "JPN"], "note": "a pact on the mobility of skilled workers"},
  {"type": "agreement", "stage": "signed", "status": OCC, "topic": "critical minerals", "countries": ["IND", "JPN"], "note": "an agreement on critical minerals"},
  {"type": "agreement", "stage": "signed", "status": OCC, "topic": "space", "countries": ["IND", "JPN"], "note": "a memorandum on space cooperation between ISRO and JAXA"},
  {"type": "agreement", "stage": "signed", "status": OCC, "topic": "security", "countries": ["IND", "JPN"], "note": "a declaration on security cooperation"},
  {"type": "agreement", "optional": True, "stage": "signed", "date": "2008", "countries": ["IND", "JPN"], "note": "the 2008 joint declaration"},
  {"type": "investment", "status": PE, "value": 1e13, "currency": "JPY", "actor_country": "JPN", "target_country": "IND", "note": "set a target of 10 trillion yen in private Japanese investment in India over the next decade"},
  {"type": "visit", "status": OO, "actor": "Modi", "actor_country": "IND", "target_country": "JPN", "date": "2025-08-29", "note": "Modi, who arrived in Tokyo early on Friday on a two-day visit"},
  {"type": "statement", "optional": True, "actor": "Modi", "actor_country": "IND", "target_country": "JPN", "note": "the partnership … was \"vital for a free and open Indo-Pacific\""},
  {"type": "praise", "optional": True, "actor": "Ishiba", "actor_country": "JPN", "target_country": "IND", "note": "Ishiba described India as \"an indispensable partner\""},
  {"type": "trade", "status": OCC, "value": 2.28e10, "currency": "USD", "countries": ["IND", "JPN"], "note": "Bilateral trade stood at USD 22.8 billion in 2023-24"},
  {"type": "cooperation", "optional": True, "domains": ["transport"], "countries": ["IND", "JPN"], "note": "Mumbai-Ahmedabad high-speed rail corridor, being built with Japanese loans"},
  {"type": "meeting", "status": "planned", "countries": ["IND", "JPN"], "date": "2026", "note": "agreed to hold the next annual summit in India in 2026"},
  {"type": "invitation", "status": OCC, "actor": "Modi", "actor_country": "IND", "target_country": "JPN", "note": "Modi invited Ishiba to visit India next year"},
  {"type": "visit", "status": PE, "actor": "Ishiba", "actor_country": "JPN", "target_country": "IND", "note": "an invitation the Japanese leader accepted"},
  {"type": "visit", "status": "planned", "actor": "Modi", "actor_country": "IND", "target_country": "CHN", "note": "before leaving for China, where he will attend the Shanghai Cooperation Organisation summit in Tianjin"},
 ])

doc("dev-en-02", "en", "2025-05-08", "Prime Minister of Australia",
 [C("AUS"), C("IDN"), P("Anthony Albanese", "AUS", "head_of_government"), P("Prabowo Subianto", "IDN", "head_of_state"),
  P("Penny Wong", "AUS", "foreign_minister"), PL("Canberra", "AUS"), PL("Jakarta", "IDN"), PL("Perth", "AUS"),
  O("Garuda Indonesia"), O("Qantas")],
 [
  {"type": "visit", "status": "planned", "actor": "Albanese", "actor_country": "AUS", "target_country": "IDN", "date": {"start": "2025-05-14", "end": "2025-05-16"}, "note": "will visit Indonesia from 14 to 16 May"},
  {"type": "meeting", "status": "planned", "countries": ["AUS", "IDN"], "note": "for the Annual Leaders' Meeting with President Prabowo Subianto"},
  {"type": "visit", "status": OCC, "actor": "Prabowo", "actor_country": "IDN", "target_country": "AUS", "date": "2024-11", "note": "President Prabowo's visit to Canberra in November 2024"},
  {"type": "agreement", "stage": "signed", "status": OCC, "countries": ["AUS", "IDN"], "date": "2024-11", "note": "the two leaders issued a joint statement on climate and energy cooperation"},
  {"type": "agreement", "stage": "planned", "status": "expected", "topic": "renewable energy", "countries": ["AUS", "IDN"], "note": "are expected to witness the signing of an arrangement on renewable energy supply chains"},
  {"type": "agreement", "stage": "signed", "status": OCC, "topic": "defense", "countries": ["AUS", "IDN"], "date": "2024-08", "note": "the Defence Cooperation Agreement, which was signed in August 2024"},
  {"type": "agreement", "stage": "in_force", "status": OCC, "topic": "defense", "countries": ["AUS", "IDN"], "date": "2025-04", "note": "and entered into force in April this year"},
  {"type": "trade", "status": OCC, "value": 3.24e10, "currency": "AUD", "countries": ["AUS", "IDN"], "note": "Two-way trade … reached A$32.4 billion in 2023-24, up 6 per cent"},
  {"type": "aid", "status": "planned", "value": 2e7, "currency": "AUD", "actor_country": "AUS", "target_country": "IDN", "note": "Australia will also provide A$20 million to support Indonesia's free nutritious meals program"},
  {"type": "visit", "optional": True, "status": "planned", "actor": "Wong", "actor_country": "AUS", "target_country": "IDN", "note": "will be accompanied by the Minister for Foreign Affairs … Penny Wong"},
  {"type": "transport_link", "mode": "air", "status": "planned", "countries": ["AUS", "IDN"], "note": "Garuda Indonesia and Qantas will resume direct flights between Jakarta and Perth from July"},
  {"type": "statement", "optional": True, "actor": "Albanese", "actor_country": "AUS", "target_country": "IDN", "note": "\"A strong and stable Indonesia is good for Australia\""},
  {"type": "praise", "optional": True, "actor_country": "AUS", "target_country": "IDN", "note": "Indonesia is one of Australia's most important partners"},
 ])

doc("dev-en-03", "en", "2024-12-05", "Philippine Daily Inquirer",
 [C("PHL"), C("CHN"), C("USA"), C("JPN"), P("Huang Xilian", "CHN", "ambassador"), P("Teresita Daza", "PHL", "official"),
  P("Ferdinand Marcos Jr.", "PHL", "head_of_state"), P("Mao Ning", "CHN", "official"), P("MaryKay Carlson", "USA", "ambassador"),
  PL("Manila", "PHL"), PL("Beijing", "CHN"), PL("Washington", "USA"),
  O("Department of Foreign Affairs", "PHL"), O("China Coast Guard", "CHN")],
 [
  {"type": "protest", "status": OCC, "actor_country": "PHL", "target_country": "CHN", "date": "2024-12-04", "note": "The Department of Foreign Affairs on Wednesday summoned Chinese Ambassador Huang Xilian and handed him a strongly worded note verbale"},
  {"type": "criticism", "status": OCC, "actor": "Daza", "actor_country": "PHL", "target_country": "CHN", "note": "\"These dangerous and aggressive actions are unacceptable,\" … Teresita Daza said"},
  {"type": "protest", "optional": True, "status": OCC, "actor_country": "PHL", "target_country": "CHN", "note": "Manila had filed 193 diplomatic protests against Beijing since … 2022"},
  {"type": "criticism", "status": OCC, "actor": "Mao Ning", "actor_country": "CHN", "target_country": "PHL", "note": "the Philippine vessel had \"illegally intruded\" into Chinese waters"},
  {"type": "threat", "status": OCC, "actor": "Mao Ning", "actor_country": "CHN", "target_country": "PHL", "note": "warned that China would \"take all necessary measures\""},
  {"type": "criticism", "status": OCC, "actor_country": "USA", "target_country": "CHN", "note": "The United States … condemned the Chinese actions"},
  {"type": "statement", "optional": True, "actor": "Carlson", "actor_country": "USA", "target_country": "PHL", "note": "Washington \"stands with our Philippine allies\""},
  {"type": "agreement", "optional": True, "countries": ["USA", "PHL"], "note": "the 1951 Mutual Defense Treaty extends to Philippine public vessels"},
  {"type": "criticism", "optional": True, "actor_country": "JPN", "target_country": "CHN", "note": "Japan's embassy in Manila also expressed concern"},
  {"type": "relations_reduced", "status": "negated", "actor_country": "PHL", "target_country": "CHN", "note": "Manila has not recalled its ambassador to Beijing"},
  {"type": "meeting", "status": "planned", "countries": ["PHL", "CHN"], "date": "2025-01", "note": "the next round of the bilateral consultation mechanism … set for January in Manila"},
 ])

doc("dev-en-04", "en", "2025-08-01", "Yonhap",
 [C("KOR"), C("POL"), P("Wladyslaw Kosiniak-Kamysz", "POL", "minister"), P("Seok Jong-gun", "KOR", "official"),
  P("Yoon Suk Yeol", "KOR", "head_of_state"), PL("Seoul", "KOR"), PL("Warsaw", "POL"),
  O("Hyundai Rotem"), O("Bumar-Labedy"), O("Korea International Trade Association")],
 [
  {"type": "agreement", "stage": "signed", "status": OCC, "countries": ["KOR", "POL"], "date": "2025-08-01", "note": "Hyundai Rotem signed a US$6.5 billion contract with Poland on Friday"},
  {"type": "agreement", "stage": "signed", "status": OCC, "countries": ["KOR", "POL"], "date": "2022-07", "note": "a framework agreement the two countries concluded in July 2022"},
  {"type": "cooperation", "optional": True, "domains": ["defense"], "countries": ["KOR", "POL"], "note": "produced locally … paving the way for technology transfer"},
  {"type": "praise", "optional": True, "actor": "Kosiniak-Kamysz", "actor_country": "POL", "target_country": "KOR", "note": "\"This agreement shows that Poland trusts Korean technology\""},
  {"type": "statement", "optional": True, "actor": "Seok", "actor_country": "KOR", "target_country": "POL", "note": "Seok Jong-gun … said the deal would \"elevate the bilateral defense partnership to a new level\""},
  {"type": "relations_upgraded", "optional": True, "status": "expected", "countries": ["KOR", "POL"], "note": "the deal would \"elevate the bilateral defense partnership to a new level\""},
  {"type": "relations_upgraded", "status": OCC, "what": "partnership", "to_level": "comprehensive strategic partnership", "countries": ["KOR", "POL"], "date": "2023-09", "note": "upgraded their ties to a comprehensive strategic partnership … in September 2023"},
  {"type": "visit", "subtype": "state", "status": OCC, "actor": "Yoon", "actor_country": "KOR", "target_country": "POL", "date": "2023-09", "note": "President Yoon Suk Yeol's state visit to Poland in September 2023"},
  {"type": "trade", "status": OCC, "value": 9.8e9, "currency": "USD", "year": 2024, "countries": ["KOR", "POL"], "note": "Bilateral trade hit a record $9.8 billion last year"},
  {"type": "agreement", "stage": "planned", "status": "expected", "countries": ["KOR", "POL"], "note": "A third contract covering K9 self-propelled howitzers is expected to be signed before the end of the year"},
 ])

doc("dev-en-05", "en", "2024-10-15", "Toronto Star",
 [C("CAN"), C("IND"), P("Stewart Wheeler", "CAN", "ambassador"), P("Justin Trudeau", "CAN", "head_of_government"),
  P("Hardeep Singh Nijjar", "CAN"), P("Sanjay Kumar Verma", "IND", "ambassador"), P("Melanie Joly", "CAN", "foreign_minister"),
  PL("Ottawa", "CAN"), PL("Surrey", "CAN"), PL("British Columbia", "CAN"), PL("New Delhi", "IND"),
  O("RCMP", "CAN"), O("Ministry of External Affairs", "IND")],
 [
  {"type": "expulsion", "status": OCC, "actor_country": "CAN", "target_country": "IND", "date": "2024-10-14", "note": "Canada on Monday expelled India's high commissioner and five other diplomats"},
  {"type": "criticism", "status": OCC, "actor_country": "CAN", "target_country": "IND", "note": "accusing them of involvement in a campaign of violence against Sikh activists"},
  {"type": "expulsion", "status": OCC, "actor_country": "IND", "target_country": "CAN", "note": "India swiftly retaliated, ordering six Canadian diplomats … to leave the country"},
  {"type": "criticism", "optional": True, "actor": "Trudeau", "actor_country": "CAN", "target_country": "IND", "note": "\"India made a fundamental error,\" he told reporters"},
  {"type": "criticism", "status": OCC, "actor_country": "IND", "target_country": "CAN", "note": "New Delhi rejected the accusations as \"preposterous\""},
  {"type": "relations_reduced", "status": OCC, "actor_country": "IND", "target_country": "CAN", "note": "said it had withdrawn its envoy, Sanjay Kumar Verma"},
  {"type": "protest", "status": OCC, "actor_country": "IND", "target_country": "CAN", "date": "2024-10-14", "note": "India's Ministry of External Affairs also summoned Wheeler on Monday evening to lodge a strong protest"},
  {"type": "sanction", "status": "expected", "actor_country": "CAN", "target_country": "IND", "note": "did not rule out sanctions against Indian officials"},
  {"type": "agreement", "stage": "suspended", "topic": "free trade", "countries": ["CAN", "IND"], "note": "Negotiations on a Canada-India free trade agreement, paused since September 2023, remain frozen"},
  {"type": "trade", "status": OCC, "value": 1.35e10, "currency": "CAD", "year": 2023, "countries": ["CAN", "IND"], "note": "Two-way goods trade was worth about C$13.5 billion last year"},
 ])

doc("dev-en-06", "en", "2023-12-15", "Xinhua",
 [C("KEN"), C("CHN"), P("Musalia Mudavadi", "KEN", "foreign_minister"), P("Zhou Pingjian", "CHN", "ambassador"),
  P("William Ruto", "KEN", "head_of_state"), PL("Nairobi", "KEN"), PL("Mombasa", "KEN"), PL("Guangzhou", "CHN"), PL("Beijing", "CHN"),
  O("Kenya Airways")],
 [
  {"type": "anniversary", "status": OCC, "ordinal": 60, "base_year": 1963, "year": 2023, "of": "relations_established", "countries": ["KEN", "CHN"], "note": "celebrated the 60th anniversary of the establishment of diplomatic relations"},
  {"type": "relations_established", "status": OCC, "countries": ["KEN", "CHN"], "date": "1963-12-14", "note": "established diplomatic ties on Dec. 14, 1963"},
  {"type": "praise", "status": OCC, "actor": "Mudavadi", "actor_country": "KEN", "target_country": "CHN", "note": "China had been \"a reliable partner in Kenya's development journey\""},
  {"type": "investment", "optional": True, "actor_country": "CHN", "target_country": "KEN", "note": "the standard gauge railway linking Mombasa and Nairobi"},
  {"type": "statement", "optional": True, "actor": "Zhou", "actor_country": "CHN", "target_country": "KEN", "note": "ready to \"write a new chapter\""},
  {"type": "relations_upgraded", "status": OCC, "what": "partnership", "to_level": "comprehensive strategic cooperative partnership", "countries": ["KEN", "CHN"], "date": "2017", "note": "their comprehensive strategic cooperative partnership, which was set up in 2017"},
  {"type": "visit", "subtype": "state", "status": OCC, "actor": "Ruto", "actor_country": "KEN", "target_country": "CHN", "date": "2023-10", "note": "President William Ruto paid a state visit to China in October"},
  {"type": "agreement", "stage": "signed", "status": OCC, "countries": ["KEN", "CHN"], "date": "2023-10", "note": "the two sides signed agreements worth more than 1 billion U.S. dollars"},
  {"type": "trade", "status": OCC, "value": 8.6e9, "currency": "USD", "year": 2022, "countries": ["KEN", "CHN"], "note": "bilateral trade reached 8.6 billion dollars in 2022"},
  {"type": "trade", "status": OCC, "flow": "export", "value": 2.2e8, "currency": "USD", "year": 2022, "countries": ["KEN", "CHN"], "note": "Kenyan exports to China accounting for only 220 million dollars"},
  {"type": "statement", "optional": True, "actor": "Mudavadi", "actor_country": "KEN", "target_country": "CHN", "note": "Mudavadi urged Beijing to open its market wider"},
  {"type": "transport_link", "mode": "air", "status": PE, "countries": ["KEN", "CHN"], "date": "2024", "note": "Kenya Airways plans to launch direct flights between Nairobi and Guangzhou in 2024"},
 ])

doc("dev-en-07", "en", "2025-02-02", "U.S. Department of State",
 [C("USA"), C("PAN"), C("CHN"), C("SLV"), C("CRI"), C("GTM"), C("DOM"),
  P("Tammy Bruce", "USA", "official"), P("Marco Rubio", "USA", "foreign_minister"), P("José Raúl Mulino", "PAN", "head_of_state"),
  P("Javier Martínez-Acha", "PAN", "foreign_minister"), PL("Panama City", "PAN"), O("Chinese Communist Party", "CHN")],
 [
  {"type": "meeting", "status": OCC, "countries": ["USA", "PAN"], "date": "2025-02-02", "note": "Marco Rubio met today with Panamanian President José Raúl Mulino"},
  {"type": "visit", "status": OO, "actor": "Rubio", "actor_country": "USA", "target_country": "PAN", "note": "in Panama City, on the first stop of his first trip abroad"},
  {"type": "threat", "status": OCC, "actor": "Rubio", "actor_country": "USA", "target_country": "PAN", "note": "absent immediate changes, the United States would take the measures necessary"},
  {"type": "agreement", "optional": True, "countries": ["USA", "PAN"], "note": "the 1977 Neutrality Treaty"},
  {"type": "criticism", "status": OCC, "actor": "Rubio", "actor_country": "USA", "target_country": "CHN", "note": "He expressed concern about the influence of the Chinese Communist Party"},
  {"type": "praise", "status": OCC, "actor": "Rubio", "actor_country": "USA", "target_country": "PAN", "note": "Secretary Rubio thanked President Mulino for Panama's cooperation"},
  {"type": "praise", "optional": True, "actor": "Rubio", "actor_country": "USA", "target_country": "PAN", "note": "welcomed Panama's decision not to renew its memorandum"},
  {"type": "aid", "optional": True, "actor_country": "USA", "target_country": "PAN", "note": "repatriation flights funded by the United States since August 2024"},
  {"type": "agreement", "stage": "terminated", "countries": ["PAN", "CHN"], "note": "Panama's decision not to renew its memorandum of understanding with China on the Belt and Road Initiative"},
  {"type": "cooperation", "optional": True, "countries": ["USA", "PAN"], "note": "discussed expanding U.S. investment in Panama's energy sector"},
  {"type": "meeting", "status": "planned", "countries": ["USA", "PAN"], "note": "agreed to convene a bilateral working group … within 30 days"},
  {"type": "visit", "status": "planned", "actor": "Rubio", "actor_country": "USA", "target_country": "SLV", "note": "will travel on to El Salvador"},
  {"type": "visit", "status": "planned", "actor": "Rubio", "actor_country": "USA", "target_country": "CRI", "note": "will travel on to … Costa Rica"},
  {"type": "visit", "status": "planned", "actor": "Rubio", "actor_country": "USA", "target_country": "GTM", "note": "will travel on to … Guatemala"},
  {"type": "visit", "status": "planned", "actor": "Rubio", "actor_country": "USA", "target_country": "DOM", "note": "will travel on to … the Dominican Republic"},
 ])

doc("dev-en-08", "en", "2024-09-05", "Al-Monitor",
 [C("EGY"), C("TUR"), P("Abdel Fattah al-Sisi", "EGY", "head_of_state"), P("Recep Tayyip Erdogan", "TUR", "head_of_state"),
  P("Mohamed Morsi", "EGY", "head_of_state"), PL("Ankara", "TUR"), PL("Cairo", "EGY"), PL("Gaza"), PL("El-Arish", "EGY")],
 [
  {"type": "visit", "status": OO, "actor": "Sisi", "actor_country": "EGY", "target_country": "TUR", "date": "2024-09-04", "note": "al-Sisi arrived in Ankara on Wednesday for his first visit to Turkey"},
  {"type": "meeting", "status": OCC, "countries": ["EGY", "TUR"], "note": "co-chaired the first meeting of the High-Level Strategic Cooperation Council"},
  {"type": "agreement", "stage": "signed", "status": OCC, "count": 17, "countries": ["EGY", "TUR"], "note": "ministers signed 17 memorandums of understanding"},
  {"type": "trade", "target": True, "value": 1.5e10, "currency": "USD", "countries": ["EGY", "TUR"], "note": "raise our trade volume to $15 billion within five years"},
  {"type": "trade", "status": OCC, "value": 1e10, "currency": "USD", "year": 2023, "countries": ["EGY", "TUR"], "note": "bilateral trade stood at nearly $10 billion in 2023"},
  {"type": "investment", "status": OO, "value": 3e9, "currency": "USD", "actor_country": "TUR", "target_country": "EGY", "note": "Turkish investment, which he put at $3 billion"},
  {"type": "praise", "status": OCC, "actor": "Sisi", "actor_country": "EGY", "target_country": "TUR", "note": "thanked Erdogan for the humanitarian aid Turkey has sent to Gaza"},
  {"type": "aid", "optional": True, "kind": "humanitarian", "actor_country": "TUR", "note": "the humanitarian aid Turkey has sent to Gaza through Egypt's El-Arish port"},
  {"type": "relations_upgraded", "status": OCC, "countries": ["EGY", "TUR"], "date": "2023-07", "note": "restored full diplomatic ties in July 2023 by naming ambassadors"},
  {"type": "expulsion", "status": OCC, "actor_country": "EGY", "target_country": "TUR", "date": "2013", "note": "2013, when Egypt expelled the Turkish ambassador"},
  {"type": "visit", "status": OCC, "actor": "Erdogan", "actor_country": "TUR", "target_country": "EGY", "date": "2024-02", "note": "Erdogan visited Cairo in February"},
  {"type": "meeting", "status": "planned", "countries": ["EGY", "TUR"], "date": "2025", "note": "agreed to hold the council's next session in Egypt in 2025"},
  {"type": "anniversary", "ordinal": 100, "base_year": 1925, "year": 2025, "of": "relations_established", "countries": ["EGY", "TUR"], "note": "will mark the 100th anniversary of their diplomatic relations, first established in 1925"},
  {"type": "relations_established", "status": OCC, "countries": ["EGY", "TUR"], "date": "1925", "note": "first established in 1925"},
  {"type": "agreement", "status": "negated", "topic": "maritime", "countries": ["EGY", "TUR"], "note": "Egypt did not sign a proposed agreement on maritime boundaries"},
 ])

for k, v in D.items():
    with open(os.path.join(OUT, k + ".json"), "w", encoding="utf-8") as f:
        json.dump(v, f, ensure_ascii=False, indent=1)
print(len(D), sum(len(v["events"]) for v in D.values()), sum(1 for v in D.values() for e in v["events"] if not e.get("optional")))
