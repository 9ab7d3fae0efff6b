#!/usr/bin/env python3
"""Write gold/<id>.json for the second held-out dev set (devset2). Written independently of the rules."""
import json, os
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold")
D = {}
def doc(id, lang, date, source, entities, events, complete=True):
    D[id] = dict(doc=id, path=f"devset2/articles/{id}.txt", lang=lang, date=date, source=source,
                 complete=complete, entities=entities, events=events)
C = lambda code: {"kind": "country", "code": code}
P = lambda name, c, role=None: dict(kind="person", name=name, country=c, **({"role": role} if role else {}))
PL = lambda name, c=None: dict(kind="place", name=name, **({"country": c} if c else {}))
O = lambda name, c=None: dict(kind="organization", name=name, **({"country": c} if c else {}))
OCC = "occurred"; OO = ["ongoing", "occurred"]; PE = ["planned", "expected"]
def E(type, note, **k):
    return dict(type=type, **k, note=note)
def opt(type, note, **k):
    return dict(type=type, optional=True, **k, note=note)

# ---------------------------------------------------------------- French
doc("devB-fr-01", "fr", "2025-03-18", "APA",
 [C("GHA"), C("CIV"), P("John Dramani Mahama", "GHA", "head_of_state"), P("Alassane Ouattara", "CIV", "head_of_state"),
  PL("Abidjan", "CIV"), PL("San-Pédro", "CIV"), PL("Accra", "GHA"), PL("Kumasi", "GHA"), O("ministère ivoirien du Commerce", "CIV")],
 [
  E("visit", "Mahama, en visite officielle de quarante-huit heures en Côte d'Ivoire", subtype="official", status=OO, actor="Mahama", actor_country="GHA", target_country="CIV"),
  E("meeting", "reçu mardi … tête-à-tête suivi d'une séance de travail", status=OCC, countries=["GHA", "CIV"], date="2025-03-18"),
  E("agreement", "quatre accords ont été signés", stage="signed", status=OCC, count=4, countries=["GHA", "CIV"]),
  E("agreement", "accord sur la délimitation et la gestion conjointe de la frontière maritime", stage="signed", status=OCC, topic="border", countries=["GHA", "CIV"]),
  E("agreement", "mémorandum d'entente sur l'interconnexion électrique", stage="signed", status=OCC, topic="electric", countries=["GHA", "CIV"]),
  E("agreement", "protocole relatif à la lutte contre le trafic illicite de cacao", stage="signed", status=OCC, topic="cocoa", countries=["GHA", "CIV"]),
  E("agreement", "accord d'exemption de visa pour les titulaires de passeports diplomatiques", stage="signed", status=OCC, topic="visa exemption", countries=["GHA", "CIV"]),
  E("praise", "M. Mahama … a salué « le leadership » du président Ouattara", status=OCC, actor="Mahama", actor_country="GHA", target_country="CIV"),
  opt("statement", "« Nous devons parler d'une seule voix », a déclaré M. Mahama", actor_country="GHA", target_country="CIV"),
  E("trade", "les échanges … ont atteint 1,2 milliard de dollars en 2024", status=OCC, value=1.2e9, currency="USD", year=2024, countries=["GHA", "CIV"]),
  opt("trade", "contre 950 millions en 2023", value=9.5e8, year=2023, countries=["GHA", "CIV"]),
  E("trade", "l'objectif de les porter à 2 milliards de dollars d'ici 2028", target=True, value=2e9, currency="USD", countries=["GHA", "CIV"]),
  opt("visit", "doit se rendre mercredi à San-Pédro (même visite)", status="planned", actor_country="GHA", target_country="CIV"),
  E("meeting", "La prochaine session de la commission mixte … pourrait se tenir à Kumasi", status="expected", countries=["GHA", "CIV"]),
  E("visit", "Ouattara, qui s'était rendu à Accra en janvier pour l'investiture", status=OCC, actor="Ouattara", actor_country="CIV", target_country="GHA", date="2025-01"),
  E("invitation", "a … accepté une invitation à effectuer une visite d'État au Ghana", actor_country="GHA", target_country="CIV"),
  opt("visit", "visite d'État au Ghana à une date qui sera fixée", subtype="state", status=PE, actor_country="CIV", target_country="GHA"),
  opt("cooperation", "produisent ensemble plus de 60 % du cacao mondial … parler d'une seule voix", countries=["GHA", "CIV"]),
 ])

doc("devB-fr-02", "fr", "2025-06-04", "Présidence de la République tunisienne",
 [C("TUN"), C("ITA"), P("Kaïs Saïed", "TUN", "head_of_state"), P("Giorgia Meloni", "ITA", "head_of_government"),
  PL("Rome", "ITA"), O("Union européenne")],
 [
  E("phone_call", "a reçu mardi 3 juin 2025 un appel téléphonique de … Giorgia Meloni", status=OCC, countries=["TUN", "ITA"], date="2025-06-03"),
  opt("statement", "la Tunisie « ne sera ni un point de passage ni un lieu d'installation »", actor_country="TUN"),
  E("praise", "Mme Meloni a … salué les efforts déployés par les autorités tunisiennes", status=OCC, actor="Meloni", actor_country="ITA", target_country="TUN"),
  E("cooperation", "ont convenu de renforcer la coopération dans les domaines de l'énergie, de la formation professionnelle et de la santé", domains=["energy", "health"], countries=["TUN", "ITA"]),
  E("invitation", "a réitéré l'invitation adressée au président Saïed pour effectuer une visite officielle à Rome", actor_country="ITA", target_country="TUN"),
  E("invitation", "Le président de la République a … invité Mme Meloni à se rendre de nouveau en Tunisie", actor_country="TUN", target_country="ITA"),
  opt("visit", "visite officielle à Rome (objet de l'invitation)", actor_country="TUN", target_country="ITA"),
  opt("visit", "où elle avait effectué quatre visites depuis 2023", status=OCC, actor_country="ITA", target_country="TUN"),
  E("trade", "volume d'échanges de 8,9 milliards d'euros en 2024, en hausse de 3,5 %", value=8.9e9, currency="EUR", year=2024, countries=["TUN", "ITA"]),
  opt("trade", "l'Italie est le deuxième partenaire commercial de la Tunisie", countries=["TUN", "ITA"]),
  opt("agreement", "Le mémorandum … entre la Tunisie et l'Union européenne, signé en juillet 2023", stage="signed", countries=["TUN"], date="2023-07"),
 ])

doc("devB-fr-03", "fr", "2025-05-28", "Le Monde",
 [C("DEU"), C("NAM"), P("Ruprecht Polenz", "DEU", "official"), P("Zed Ngavirue", "NAM", "official"),
  P("Netumbo Nandi-Ndaitwah", "NAM", "head_of_state"), PL("Berlin", "DEU"), PL("Windhoek", "NAM"), PL("Lüderitz", "NAM"),
  O("Assemblée nationale", "NAM")],
 [
  E("agreement", "Paraphé en mai 2021 par les deux envoyés spéciaux", status=OCC, countries=["DEU", "NAM"], date="2021-05"),
  E("agreement", "le texte n'a toujours pas été ratifié par le Parlement namibien", stage="ratified", status="negated", countries=["DEU", "NAM"]),
  E("aid", "l'accord prévoit une aide au développement de 1,1 milliard d'euros sur trente ans", value=1.1e9, currency="EUR", actor_country="DEU", target_country="NAM"),
  E("protest", "chefs traditionnels herero … ont de nouveau manifesté … devant l'ambassade d'Allemagne à Windhoek", status=OCC, target_country="DEU"),
  E("criticism", "« Nous n'accepterons pas des excuses au rabais », a-t-elle lancé … le 21 mai", status=OCC, actor="Nandi-Ndaitwah", actor_country="NAM", target_country="DEU"),
  E("statement", "le gouvernement allemand … a répondu que l'Allemagne « reste attachée » à la déclaration", status=OCC, actor_country="DEU", target_country="NAM"),
  E("investment", "des entreprises allemandes pourraient engager jusqu'à 10 milliards de dollars", status="expected", value=1e10, currency="USD", actor_country="DEU", target_country="NAM"),
  E("agreement", "Un accord de partenariat sur l'hydrogène avait été signé en 2022", stage="signed", status=OCC, topic="hydrogen", countries=["DEU", "NAM"], date="2022"),
  E("relations_established", "ont établi des relations diplomatiques dès l'indépendance namibienne en mars 1990", status=OCC, countries=["DEU", "NAM"], date="1990-03"),
  E("anniversary", "célèbrent cette année le 35e anniversaire de ces liens", ordinal=35, base_year=1990, year=2025, countries=["DEU", "NAM"]),
  opt("visit", "Aucune visite du chancelier n'est toutefois prévue", status="negated", actor_country="DEU", target_country="NAM"),
  opt("investment", "L'Allemagne est l'un des premiers investisseurs dans le projet d'hydrogène vert Hyphen", actor_country="DEU", target_country="NAM"),
 ])

doc("devB-fr-04", "fr", "2025-04-08", "RFI",
 [C("MLI"), C("DZA"), C("BFA"), C("NER"), PL("Bamako", "MLI"), PL("Alger", "DZA"), PL("Tinzaouatène", "MLI"), PL("Tamanrasset", "DZA"),
  O("Alliance des États du Sahel"), O("Comité d'état-major opérationnel conjoint"), O("Cour internationale de justice")],
 [
  E("relations_reduced", "le rappel de son ambassadeur en Algérie pour consultations", status=OCC, actor_country="MLI", target_country="DZA"),
  E("criticism", "Bamako accuse l'armée algérienne … dénonce un « acte d'hostilité prémédité »", status=OCC, actor_country="MLI", target_country="DZA"),
  E("relations_reduced", "le Burkina Faso et le Niger ont également rappelé leurs ambassadeurs à Alger", status=OCC, actor_country="BFA", target_country="DZA"),
  opt("relations_reduced", "… et le Niger", status=OCC, actor_country="NER", target_country="DZA"),
  E("relations_reduced", "le rappel de ses ambassadeurs au Mali et au Niger", status=OCC, actor_country="DZA", target_country="MLI"),
  opt("relations_reduced", "… et au Niger", status=OCC, actor_country="DZA", target_country="NER"),
  opt("relations_reduced", "report de la prise de fonction de son nouvel ambassadeur au Burkina Faso", actor_country="DZA", target_country="BFA"),
  E("criticism", "le drone avait « violé l'espace aérien national »", status=OCC, actor_country="DZA", target_country="MLI"),
  E("transport_link", "fermer son espace aérien aux vols en provenance ou à destination du Mali", mode="air", change="suspended", status=OCC, countries=["DZA", "MLI"]),
  opt("transport_link", "Le Mali a aussitôt pris une mesure identique", mode="air", countries=["DZA", "MLI"]),
  opt("cooperation", "retrait du Comité d'état-major opérationnel conjoint (Cemoc)", countries=["DZA", "MLI"]),
  opt("protest", "Bamako envisagerait … de porter l'affaire devant la Cour internationale de justice", status="expected", actor_country="MLI", target_country="DZA"),
  opt("agreement", "la junte avait mis fin à l'accord de paix d'Alger de 2015", stage="terminated", date="2024-01", countries=["MLI"]),
 ])

doc("devB-fr-05", "fr", "2024-11-02", "APS",
 [C("SEN"), C("MRT"), P("Bassirou Diomaye Faye", "SEN", "head_of_state"), P("Mohamed Ould Cheikh El Ghazouani", "MRT", "head_of_state"),
  PL("Dakar", "SEN"), PL("Nouakchott", "MRT"), PL("Rosso"), O("Union européenne"), O("Banque africaine de développement")],
 [
  E("visit", "effectuera lundi une visite de travail et d'amitié en … Mauritanie", subtype="working", status="planned", actor="Faye", actor_country="SEN", target_country="MRT", date="2024-11-04"),
  opt("invitation", "à l'invitation de son homologue Mohamed Ould Cheikh El Ghazouani", actor_country="MRT", target_country="SEN"),
  E("meeting", "les deux chefs d'État passeront en revue l'état de la coopération bilatérale", status=PE, countries=["SEN", "MRT"]),
  E("cooperation", "notamment dans les domaines de la pêche, de l'énergie, de l'élevage et de la sécurité", domains=["energy", "security"], countries=["SEN", "MRT"]),
  opt("cooperation", "l'exploitation du champ gazier Grand Tortue Ahmeyim (GTA), partagé entre les deux pays", countries=["SEN", "MRT"]),
  E("agreement", "Le renouvellement du protocole d'accord sur la pêche … n'a pas encore été reconduit", topic="fish", countries=["SEN", "MRT"]),
  opt("agreement", "Le texte, arrivé à expiration en juillet", topic="fish", countries=["SEN", "MRT"]),
  E("visit", "Il s'était rendu à Nouakchott le 18 avril", status=OCC, actor="Faye", actor_country="SEN", target_country="MRT", date="2024-04-18"),
  E("transport_link", "Le pont de Rosso … devrait être inauguré l'année prochaine", mode="road", status=PE, countries=["SEN", "MRT"]),
 ])

doc("devB-fr-06", "fr", "2025-06-24", "AFP",
 [C("QAT"), C("IRN"), C("USA"), P("Majed al-Ansari", "QAT", "official"), P("Massoud Pezeshkian", "IRN", "head_of_state"),
  P("Tamim ben Hamad Al-Thani", "QAT", "head_of_state"), PL("Doha", "QAT"), PL("Téhéran", "IRN"), PL("Washington", "USA"),
  O("IRNA", "IRN")],
 [
  E("protest", "Le Qatar a convoqué mardi l'ambassadeur d'Iran à Doha pour protester", status=OCC, actor_country="QAT", target_country="IRN", date="2025-06-24"),
  E("criticism", "al-Ansari a qualifié l'attaque de « violation flagrante de la souveraineté du Qatar »", status=OCC, actor_country="QAT", target_country="IRN"),
  E("threat", "Doha se réservait « le droit de répondre »", status=OCC, actor_country="QAT", target_country="IRN"),
  E("phone_call", "Pezeshkian a appelé dans la soirée l'émir du Qatar", status=OCC, countries=["QAT", "IRN"]),
  opt("statement", "pour exprimer ses « regrets » et assurer que la frappe « ne visait ni le Qatar »", actor_country="IRN", target_country="QAT"),
  opt("statement", "L'émir a … appelé à la désescalade", actor_country="QAT", target_country="IRN"),
  opt("statement", "entretient depuis des années des relations de travail avec Téhéran … médiateur", countries=["QAT", "IRN"]),
 ])

# ---------------------------------------------------------------- English
doc("devB-en-01", "en", "2025-09-11", "Reuters",
 [C("JPN"), C("PHL"), C("USA"), C("CHN"), P("Yoko Kamikawa", "JPN", "foreign_minister"), P("Gilberto Teodoro", "PHL", "minister"),
  P("Kazuya Endo", "JPN", "ambassador"), P("Ferdinand Marcos Jr.", "PHL", "head_of_state"),
  PL("Manila", "PHL"), PL("Tokyo", "JPN"), PL("Beijing", "CHN"), O("Philippine Senate", "PHL")],
 [
  E("agreement", "A defence pact … took effect on Thursday", stage="in_force", status=OCC, countries=["JPN", "PHL"], date="2025-09-11"),
  E("agreement", "The Reciprocal Access Agreement (RAA), signed in Manila in July 2024", stage="signed", status=OCC, countries=["JPN", "PHL"], date="2024-07"),
  E("agreement", "was ratified by the Philippine Senate in December", stage="ratified", status=OCC, countries=["JPN", "PHL"]),
  opt("agreement", "and approved by Japan's parliament in June", stage="ratified", status=OCC, countries=["JPN", "PHL"]),
  opt("statement", "\"This is a milestone for our two nations,\" … Endo", actor_country="JPN", target_country="PHL"),
  opt("cooperation", "Tokyo would \"continue to support the Philippines in upholding the rule of law at sea\"", countries=["JPN", "PHL"]),
  E("aid", "Japan has also provided coastal radar systems to the Philippine navy under its Official Security Assistance programme", status=OCC, actor_country="JPN", target_country="PHL"),
  opt("aid", "Manila is expected to receive five more Abukuma-class destroyer escorts", status="expected", actor_country="JPN", target_country="PHL"),
  opt("agreement", "although no deal has yet been signed", status="negated", countries=["JPN", "PHL"]),
  E("criticism", "China's foreign ministry criticised the pact", status=OCC, actor_country="CHN"),
  E("criticism", "Marcos Jr. has repeatedly accused Beijing of \"aggressive\" manoeuvres", actor="Marcos", actor_country="PHL", target_country="CHN"),
  E("trade", "Trade between Japan and the Philippines reached about $23 billion last year", value=2.3e10, currency="USD", year=2024, countries=["JPN", "PHL"]),
  opt("aid", "Japan remaining the country's largest source of official development assistance", actor_country="JPN", target_country="PHL"),
  E("relations_established", "which established diplomatic relations in 1956", status=OCC, countries=["JPN", "PHL"], date="1956"),
  E("meeting", "are expected to hold their next \"2+2\" meeting … in Tokyo early next year", status="expected", countries=["JPN", "PHL"]),
 ])

doc("devB-en-02", "en", "2025-02-27", "State House Kenya",
 [C("KEN"), C("ETH"), C("SSD"), P("William Ruto", "KEN", "head_of_state"), P("Abiy Ahmed", "ETH", "head_of_government"),
  PL("Nairobi", "KEN"), PL("Addis Ababa", "ETH"), PL("Lamu", "KEN"), O("Ethiopian Airlines", "ETH")],
 [
  E("visit", "President William Ruto today hosted Ethiopian Prime Minister Abiy Ahmed at State House, Nairobi", status=OO, actor="Abiy", actor_country="ETH", target_country="KEN"),
  E("meeting", "the two leaders held bilateral talks", status=OCC, countries=["KEN", "ETH"], date="2025-02-27"),
  E("agreement", "witnessed the signing of seven Memoranda of Understanding", stage="signed", status=OCC, count=7, countries=["KEN", "ETH"]),
  E("agreement", "cooperation in energy, including the expansion of the … electricity interconnector", stage="signed", topic="energy", countries=["KEN", "ETH"]),
  E("agreement", "water resource management on the Omo river basin", stage="signed", topic="water", countries=["KEN", "ETH"]),
  E("agreement", "tourism", stage="signed", topic="tourism", countries=["KEN", "ETH"]),
  E("agreement", "health", stage="signed", topic="health", countries=["KEN", "ETH"]),
  opt("agreement", "the development of the … (LAPSSET) corridor", stage="signed", countries=["KEN", "ETH"]),
  opt("agreement", "youth and sports", stage="signed", countries=["KEN", "ETH"]),
  opt("agreement", "the exchange of information on cross-border security", stage="signed", countries=["KEN", "ETH"]),
  opt("cooperation", "instruments … cover: cooperation in energy … tourism; health …", countries=["KEN", "ETH"]),
  E("praise", "President Ruto said, praising Ethiopia's role in regional peace efforts", status=OCC, actor="Ruto", actor_country="KEN", target_country="ETH"),
  opt("statement", "\"Kenya and Ethiopia are not just neighbours; we are partners…\"", actor_country="KEN", target_country="ETH"),
  opt("cooperation", "Ethiopia would seek to use Lamu port for a larger share of its imports", countries=["KEN", "ETH"]),
  E("transport_link", "Ethiopian Airlines would increase its Addis Ababa-Nairobi flights from 35 to 42 a week from April", mode="air", change="increased", status=PE, countries=["KEN", "ETH"]),
  E("trade", "Trade … stood at KSh 14.6 billion in 2024, up 18 per cent", value=1.46e10, currency="KES", year=2024, growth_percent=18, countries=["KEN", "ETH"]),
  E("meeting", "directed their ministers to convene the Joint Ministerial Commission in Addis Ababa before the end of June", status=PE, countries=["KEN", "ETH"]),
  E("anniversary", "mark the 61st anniversary of the Defence Pact they signed in 1964", ordinal=61, base_year=1964, year=2025, countries=["KEN", "ETH"]),
  E("agreement", "the Defence Pact they signed in 1964", stage="signed", status=OCC, countries=["KEN", "ETH"], date="1964"),
  opt("meeting", "will also address a business forum in Nairobi on Friday", status="planned", countries=["KEN", "ETH"]),
 ])

doc("devB-en-03", "en", "2025-01-20", "Balkan Insight",
 [C("SRB"), C("HUN"), C("HRV"), C("USA"), C("RUS"), C("CHN"),
  P("Aleksandar Vucic", "SRB", "head_of_state"), P("Viktor Orban", "HUN", "head_of_government"),
  PL("Belgrade", "SRB"), PL("Szazhalombatta", "HUN"), PL("Novi Sad", "SRB"), PL("Kelebija", "SRB"), PL("Budapest", "HUN"), PL("Washington", "USA"),
  O("NIS", "SRB"), O("Gazprom Neft", "RUS"), O("JANAF", "HRV"), O("EU")],
 [
  E("meeting", "Vucic and Orban met in Belgrade last Tuesday for the annual session of the … Council", status=OCC, countries=["SRB", "HUN"]),
  opt("visit", "Orban in Belgrade (visit implied)", actor_country="HUN", target_country="SRB"),
  E("agreement", "an intergovernmental agreement on the 128-kilometre pipeline could be signed by the summer", status="expected", topic="oil", countries=["SRB", "HUN"]),
  E("sanction", "Washington announced sanctions on NIS, the Serbian oil company", status=OCC, actor_country="USA"),
  E("agreement", "The council also produced eleven signed documents", stage="signed", status=OCC, count=11, countries=["SRB", "HUN"]),
  E("agreement", "agreements on energy storage", stage="signed", topic="energy storage", countries=["SRB", "HUN"]),
  E("agreement", "on a joint border police station at Kelebija", stage="signed", topic="border", countries=["SRB", "HUN"]),
  E("agreement", "on recognising each other's driving licences", stage="signed", topic="driving licen", countries=["SRB", "HUN"]),
  E("praise", "Orban, who called Serbia \"the most important country for Hungary's security in the Balkans\"", status=OCC, actor="Orban", actor_country="HUN", target_country="SRB"),
  E("praise", "Vucic thanked Budapest for its \"constant support\"", status=OCC, actor="Vucic", actor_country="SRB", target_country="HUN"),
  E("trade", "Bilateral trade reached 5.3 billion euros in 2024, up about 9 percent", value=5.3e9, currency="EUR", year=2024, countries=["SRB", "HUN"]),
  E("investment", "Hungarian investment in Serbia's banking and energy sectors now tops 1.5 billion euros", value=1.5e9, currency="EUR", actor_country="HUN", target_country="SRB"),
  E("transport_link", "The Budapest-Belgrade railway … is due to open fully this year", mode="rail", status=PE, countries=["SRB", "HUN"]),
  E("relations_upgraded", "raised their ties to a strategic partnership in 2021", status=OCC, to_level="strategic partnership", countries=["SRB", "HUN"], date="2021"),
 ])

doc("devB-en-04", "en", "2025-10-06", "ABC News",
 [C("AUS"), C("PNG"), C("CHN"), P("Anthony Albanese", "AUS", "head_of_government"), P("James Marape", "PNG", "head_of_government"),
  PL("Canberra", "AUS"), PL("Port Moresby", "PNG"), O("Australian Defence Force", "AUS")],
 [
  E("agreement", "Albanese and … Marape signed the Pukpuk Treaty at Parliament House on Monday", stage="signed", status=OCC, countries=["AUS", "PNG"], date="2025-10-06"),
  opt("agreement", "a planned signing in Port Moresby was postponed", status="negated", countries=["AUS", "PNG"]),
  opt("agreement", "The treaty still needs to be ratified by both parliaments", stage="ratified", status=PE, countries=["AUS", "PNG"]),
  opt("visit", "Marape in Canberra for the signing", actor_country="PNG", target_country="AUS"),
  opt("cooperation", "up to 10,000 Papua New Guineans … the two militaries will be \"interoperable\"", domains=["defense"], countries=["AUS", "PNG"]),
  opt("statement", "\"This is the first new alliance Australia has entered into…\"", actor_country="AUS", target_country="PNG"),
  opt("statement", "Marape said the pact was \"not directed against any country.\"", actor_country="PNG"),
  opt("criticism", "China's embassy … had earlier warned PNG not to sign agreements", actor_country="CHN", target_country="PNG"),
  opt("threat", "China's embassy … had earlier warned PNG not to sign agreements", actor_country="CHN", target_country="PNG"),
  opt("criticism", "Canberra rejected the comment", actor_country="AUS", target_country="CHN"),
  E("aid", "providing around A$637 million in development assistance this financial year", value=6.37e8, currency="AUD", actor_country="AUS", target_country="PNG"),
  opt("agreement", "agreed to open talks on a bilateral labour mobility arrangement", countries=["AUS", "PNG"]),
  opt("meeting", "agreed to open talks on a bilateral labour mobility arrangement", status=PE, countries=["AUS", "PNG"]),
  E("anniversary", "PNG celebrated the 50th anniversary of its independence from Australia on September 16", ordinal=50, year=2025, countries=["PNG"]),
  E("visit", "Marape is expected to return to Canberra in December", status="expected", actor="Marape", actor_country="PNG", target_country="AUS"),
  opt("meeting", "the annual Australia-PNG Ministerial Forum", status=PE, countries=["AUS", "PNG"]),
 ])

doc("devB-en-05", "en", "2025-04-09", "AP",
 [C("COL"), C("VEN"), C("USA"), C("SLV"), P("Gustavo Petro", "COL", "head_of_state"), P("Nicolás Maduro", "VEN", "head_of_state"),
  PL("Bogota", "COL"), PL("Caracas", "VEN"), PL("Táchira", "VEN"), PL("Norte de Santander", "COL")],
 [
  E("visit", "Petro will travel to Venezuela next week to meet President Nicolás Maduro", status="planned", actor="Petro", actor_country="COL", target_country="VEN"),
  E("meeting", "The meeting, scheduled for April 15 in the Venezuelan border state of Táchira", status=PE, countries=["COL", "VEN"], date="2025-04-15"),
  opt("criticism", "despite Bogotá's refusal to recognize Maduro's disputed re-election", actor_country="COL", target_country="VEN"),
  opt("meeting", "the first between the two leaders since November 2023", status=OCC, countries=["COL", "VEN"], date="2023-11"),
  opt("visit", "Petro did not attend Maduro's inauguration in January", status="negated", actor_country="COL", target_country="VEN"),
  opt("relations_reduced", "Colombia has not sent an ambassador to Caracas since then", actor_country="COL", target_country="VEN"),
  E("agreement", "could sign an agreement on a binational economic zone … the text was still being negotiated", countries=["COL", "VEN"]),
  E("trade", "recovered to about $1.05 billion in 2024 … a 23% increase over 2023", value=1.05e9, currency="USD", year=2024, countries=["COL", "VEN"]),
  opt("trade", "far below the $7.2 billion recorded in 2008", value=7.2e9, year=2008, countries=["COL", "VEN"]),
  opt("transport_link", "after the border was closed in 2015", change="suspended", countries=["COL", "VEN"]),
  E("transport_link", "Direct flights between Bogotá and Caracas resumed in 2022", mode="air", status=OCC, countries=["COL", "VEN"]),
  E("criticism", "Petro has criticized the United States for deporting Venezuelan migrants", status=OCC, actor="Petro", actor_country="COL", target_country="USA"),
  opt("sanction", "U.S. sanctions on Venezuela", actor_country="USA", target_country="VEN"),
  opt("statement", "has called for the lifting of U.S. sanctions", actor_country="COL", target_country="USA"),
 ])

doc("devB-en-06", "en", "2025-05-22", "The Guardian",
 [C("GBR"), C("MUS"), C("USA"), C("IND"), C("AUS"),
  P("Keir Starmer", "GBR", "head_of_government"), P("Navin Ramgoolam", "MUS", "head_of_government"),
  P("Kemi Badenoch", "GBR", "party_leader"), P("Nigel Farage", "GBR", "party_leader"), P("David Lammy", "GBR", "foreign_minister"),
  PL("London", "GBR"), O("Reform UK", "GBR")],
 [
  E("agreement", "The UK has signed a treaty handing sovereignty of the Chagos Islands to Mauritius", stage="signed", status=OCC, countries=["GBR", "MUS"]),
  opt("agreement", "The deal must still be ratified by parliament in London and Mauritius's national assembly", stage="ratified", countries=["GBR", "MUS"]),
  opt("agreement", "It is not expected to enter into force before 2026", stage="in_force", countries=["GBR", "MUS"]),
  opt("aid", "the UK will pay Mauritius an average of £101m a year for the lease", value=1.01e8, currency="GBP", actor_country="GBR", target_country="MUS"),
  opt("praise", "Ramgoolam … welcomed \"a historic day that completes our decolonisation\"", actor_country="MUS", target_country="GBR"),
  opt("statement", "Starmer said … the agreement … was necessary to protect the base", actor_country="GBR", target_country="MUS"),
  opt("statement", "Lammy said the treaty had the backing of the US, India and Australia", actor_country="GBR"),
  opt("protest", "Chagossians … protested outside Downing Street", target_country="GBR"),
 ])

# ---------------------------------------------------------------- Spanish
doc("devB-es-01", "es", "2025-03-14", "EFE",
 [C("CHL"), C("PER"), P("Alberto van Klaveren", "CHL", "foreign_minister"), P("Elmer Schialer", "PER", "foreign_minister"),
  P("Gabriel Boric", "CHL", "head_of_state"), PL("Lima", "PER"), PL("Santiago", "CHL"), O("Cámara de Comercio de Lima", "PER")],
 [
  E("meeting", "se reunieron este viernes en Lima", status=OCC, countries=["CHL", "PER"], date="2025-03-14"),
  opt("visit", "Van Klaveren en Lima", actor_country="CHL", target_country="PER"),
  E("agreement", "firmaron un memorando de entendimiento sobre intercambio de información migratoria", stage="signed", status=OCC, topic="migra", countries=["CHL", "PER"]),
  E("agreement", "y un acuerdo para crear un mecanismo binacional de atención humanitaria", stage="signed", status=OCC, countries=["CHL", "PER"]),
  opt("cooperation", "acordaron reforzar la coordinación en el paso fronterizo", countries=["CHL", "PER"]),
  opt("statement", "«Nadie gana con una frontera cerrada», afirmó Van Klaveren", actor_country="CHL"),
  E("protest", "Lima había enviado una nota de protesta a Santiago en febrero", status=OCC, actor_country="PER", target_country="CHL", date="2025-02"),
  E("criticism", "Schialer, quien también criticó la expulsión de migrantes hacia territorio peruano", status=OCC, actor="Schialer", actor_country="PER", target_country="CHL"),
  opt("expulsion", "la expulsión de migrantes hacia territorio peruano", actor_country="CHL"),
  E("anniversary", "celebran este año el 90.º aniversario del establecimiento de relaciones diplomáticas", ordinal=90, year=2025, countries=["CHL", "PER"]),
  E("meeting", "planean celebrar en Santiago … el primer Gabinete Binacional desde 2019, aunque la fecha aún no ha sido confirmada", status=PE, countries=["CHL", "PER"]),
  E("trade", "El intercambio comercial bilateral alcanzó los 4.100 millones de dólares en 2024, un 6 % más", value=4.1e9, currency="USD", year=2024, growth_percent=6, countries=["CHL", "PER"]),
  E("investment", "Las inversiones chilenas en Perú superan los 20.000 millones de dólares", value=2e10, currency="USD", actor_country="CHL", target_country="PER"),
  E("visit", "Boric no tiene previsto viajar a Perú este año", status="negated", actor="Boric", actor_country="CHL", target_country="PER"),
 ])

doc("devB-es-02", "es", "2024-09-25", "El País",
 [C("MEX"), C("ESP"), P("Claudia Sheinbaum", "MEX", "head_of_state"), P("Felipe VI", "ESP", "head_of_state"),
  P("José Manuel Albares", "ESP", "foreign_minister"), P("Andrés Manuel López Obrador", "MEX", "head_of_state"), P("Franco", "ESP", "head_of_state")],
 [
  E("invitation", "el equipo de la mandataria electa no invitara al rey Felipe VI", status="negated", actor_country="MEX", target_country="ESP"),
  E("visit", "España no enviará ningún representante a la toma de posesión … no estará representada «a ningún nivel»", status="negated", actor_country="ESP", target_country="MEX"),
  E("criticism", "Albares calificó la exclusión del jefe del Estado de «inaceptable»", status=OCC, actor="Albares", actor_country="ESP", target_country="MEX"),
  opt("statement", "«No es un asunto de ofensa; es una decisión de Estado», dijo Sheinbaum", actor_country="MEX", target_country="ESP"),
  opt("statement", "México mantendrá «relaciones fraternas» con el pueblo español", actor_country="MEX", target_country="ESP"),
  opt("criticism", "la carta que le envió en 2019 … en la que pedía una disculpa por los abusos de la Conquista", actor_country="MEX", target_country="ESP", date="2019"),
  E("investment", "España es el segundo inversor extranjero en México, con una inversión acumulada superior a 80.000 millones de dólares", value=8e10, currency="USD", actor_country="ESP", target_country="MEX"),
  E("trade", "el comercio bilateral rondó los 10.000 millones de euros en 2023", value=1e10, currency="EUR", year=2023, countries=["MEX", "ESP"]),
  opt("relations_reduced", "López Obrador ya había decretado en 2022 una «pausa» en las relaciones con España", actor_country="MEX", target_country="ESP", date="2022"),
  E("relations_established", "Ambos países restablecieron relaciones diplomáticas en 1977", status=OCC, countries=["MEX", "ESP"], date="1977"),
  E("phone_call", "no descartan que Albares y su futuro homólogo mexicano mantengan una conversación telefónica", status="expected", countries=["MEX", "ESP"]),
 ])

doc("devB-es-03", "es", "2024-04-07", "Ministerio de Relaciones Exteriores y Movilidad Humana del Ecuador",
 [C("ECU"), C("MEX"), P("Andrés Manuel López Obrador", "MEX", "head_of_state"), P("Jorge Glas", "ECU", "official"),
  P("Raquel Serur", "MEX", "ambassador"), P("Daniel Noboa", "ECU", "head_of_state"), PL("Quito", "ECU"), PL("Caracas", "VEN"),
  O("Ministerio de Relaciones Exteriores y Movilidad Humana", "ECU"), O("Policía Nacional", "ECU"), O("Corte Internacional de Justicia")],
 [
  E("relations_reduced", "la decisión del Gobierno de los Estados Unidos Mexicanos de romper relaciones diplomáticas con el Ecuador", status=OCC, actor_country="MEX", target_country="ECU", date="2024-04-05"),
  opt("statement", "El Ministerio … lamenta la decisión", actor_country="ECU", target_country="MEX"),
  E("criticism", "el Gobierno mexicano, que calificó la actuación de «violación flagrante del derecho internacional»", status=OCC, actor_country="MEX", target_country="ECU"),
  E("criticism", "El Ecuador rechaza las declaraciones del Gobierno mexicano", status=OCC, actor_country="ECU", target_country="MEX"),
  E("expulsion", "el 4 de abril declaró persona non grata a la embajadora de México, Raquel Serur", status=OCC, actor_country="ECU", target_country="MEX", date="2024-04-04"),
  opt("criticism", "expresiones ofensivas del presidente López Obrador sobre el proceso electoral ecuatoriano", actor_country="MEX", target_country="ECU"),
  opt("protest", "la demanda que México anunció ante la Corte Internacional de Justicia", actor_country="MEX", target_country="ECU"),
  opt("statement", "reafirma su disposición a resolver la controversia por la vía del diálogo", actor_country="ECU", target_country="MEX"),
 ])

# ---------------------------------------------------------------- Russian
doc("devB-ru-01", "ru", "2025-06-12", "Podrobno.uz",
 [C("UZB"), C("TJK"), P("Шавкат Мирзиёев", "UZB", "head_of_state"), P("Эмомали Рахмон", "TJK", "head_of_state"),
  PL("Ташкент", "UZB"), PL("Душанбе", "TJK"), PL("Самарканд", "UZB"), PL("Пенджикент", "TJK")],
 [
  E("visit", "Мирзиёев в среду прибыл с государственным визитом в Таджикистан", subtype="state", status=OO, actor="Мирзиёев", actor_country="UZB", target_country="TJK"),
  E("meeting", "По итогам переговоров в узком и расширенном составе", status=OCC, countries=["UZB", "TJK"]),
  E("agreement", "лидеры подписали Договор о союзнических отношениях", stage="signed", status=OCC, countries=["UZB", "TJK"]),
  E("agreement", "межправсоглашения о сотрудничестве в сфере водных ресурсов", stage="signed", status=OCC, topic="water", countries=["UZB", "TJK"]),
  opt("agreement", "о строительстве ГЭС «Яван» на реке Зарафшан", stage="signed", status=OCC, countries=["UZB", "TJK"]),
  E("agreement", "о взаимном признании документов об образовании", stage="signed", status=OCC, topic="education", countries=["UZB", "TJK"]),
  E("agreement", "Всего подписано 15 документов", stage="signed", status=OCC, count=15, countries=["UZB", "TJK"]),
  opt("praise", "поблагодарив таджикского коллегу за тёплый приём", actor_country="UZB", target_country="TJK"),
  opt("statement", "«Мы открыли новую страницу в отношениях двух братских народов», — заявил Мирзиёев", actor_country="UZB", target_country="TJK"),
  E("trade", "Товарооборот … по итогам 2024 года составил 686 млн долларов, увеличившись на 14%", value=6.86e8, currency="USD", year=2024, growth_percent=14, countries=["UZB", "TJK"]),
  E("trade", "довести его до 2 млрд долларов", target=True, value=2e9, currency="USD", countries=["UZB", "TJK"]),
  opt("transport_link", "Между Ташкентом и Душанбе выполняются 28 авиарейсов в неделю", mode="air", countries=["UZB", "TJK"]),
  E("transport_link", "с сентября планируется открыть прямое железнодорожное сообщение Самарканд — Пенджикент", mode="rail", status=PE, countries=["UZB", "TJK"]),
  E("anniversary", "в 2027 году две страны отметят 35-летие установления дипломатических отношений", ordinal=35, year=2027, countries=["UZB", "TJK"]),
  opt("cooperation", "предложил провести в этой связи Годы культуры", domains=["culture"], countries=["UZB", "TJK"]),
  opt("agreement", "визовый режим был отменён лишь в 2018 году", date="2018", countries=["UZB", "TJK"]),
  opt("transport_link", "тогда же возобновилось авиасообщение", mode="air", date="2018", countries=["UZB", "TJK"]),
  E("visit", "Ответный визит Рахмона в Узбекистан … может состояться до конца года", status="expected", actor="Рахмон", actor_country="TJK", target_country="UZB"),
 ])

doc("devB-ru-02", "ru", "2025-06-30", "Интерфакс",
 [C("AZE"), C("RUS"), P("Михаил Евдокимов", "RUS", "ambassador"), P("Шахин Мустафаев", "AZE", "official"),
  P("Мария Захарова", "RUS", "official"), P("Дмитрий Песков", "RUS", "official"), P("Владимир Путин", "RUS", "head_of_state"),
  P("Ильхам Алиев", "AZE", "head_of_state"), PL("Баку", "AZE"), PL("Екатеринбург", "RUS"), PL("Москва", "RUS"), PL("Актау", "KAZ"),
  O("Sputnik Азербайджан"), O("AZAL", "AZE")],
 [
  E("protest", "МИД Азербайджана в понедельник вызвал посла России … и вручил ему ноту протеста", status=OCC, actor_country="AZE", target_country="RUS", date="2025-06-30"),
  E("criticism", "назвали действия российских силовиков «целенаправленными и внесудебными»", status=OCC, actor_country="AZE", target_country="RUS"),
  E("cooperation", "Баку объявил об отмене всех культурных мероприятий, организуемых … российскими … структурами", domains=["culture"], countries=["AZE", "RUS"]),
  E("visit", "визит в Москву вице-премьера Азербайджана Шахина Мустафаева … не состоится", status="negated", actor="Мустафаев", actor_country="AZE", target_country="RUS"),
  E("criticism", "Захарова назвала обыск в редакции «недружественным шагом»", status=OCC, actor="Захарова", actor_country="RUS", target_country="AZE"),
  E("threat", "Москва «не оставит это без ответа»", status=OCC, actor_country="RUS", target_country="AZE"),
  opt("statement", "В Кремле … выразили сожаление в связи с реакцией Баку", actor_country="RUS", target_country="AZE"),
  E("phone_call", "телефонный разговор между Владимиром Путиным и Ильхамом Алиевым пока не планируется", status="negated", countries=["AZE", "RUS"]),
  E("trade", "товарооборот между Россией и Азербайджаном в прошлом году вырос на 7% и достиг 4,8 млрд долларов", value=4.8e9, currency="USD", year=2024, growth_percent=7, countries=["AZE", "RUS"]),
 ])

doc("devB-ru-03", "ru", "2024-09-03", "ТАСС",
 [C("RUS"), C("MNG"), C("CHN"), C("UKR"), P("Владимир Путин", "RUS", "head_of_state"), P("Ухнаагийн Хурэлсух", "MNG", "head_of_state"),
  PL("Улан-Батор", "MNG"), O("Международный уголовный суд")],
 [
  E("visit", "Путин, находящийся с официальным визитом в Монголии", subtype="official", status=OO, actor="Путин", actor_country="RUS", target_country="MNG"),
  E("meeting", "провел во вторник переговоры с президентом Монголии", status=OCC, countries=["RUS", "MNG"], date="2024-09-03"),
  E("agreement", "подписали соглашение о поставках авиатоплива и нефтепродуктов", stage="signed", status=OCC, topic="fuel", countries=["RUS", "MNG"]),
  E("agreement", "соглашение о финансировании реконструкции … теплоэлектроцентрали № 3", stage="signed", status=OCC, countries=["RUS", "MNG"]),
  E("agreement", "был подписан меморандум о проектировании газопровода «Сила Сибири - 2»", stage="signed", status=OCC, topic="gas", countries=["RUS", "MNG"]),
  opt("agreement", "окончательное соглашение по проекту пока не заключено", status="negated", countries=["RUS", "MNG"]),
  E("trade", "товарооборот … в прошлом году вырос на 21% и составил почти 1,8 млрд долларов", value=1.8e9, currency="USD", year=2023, growth_percent=21, countries=["RUS", "MNG"]),
  E("anniversary", "торжествах по случаю 85-летия победы … на реке Халхин-Гол", ordinal=85, year=2024, countries=["RUS", "MNG"]),
  E("invitation", "Хурэлсух пригласил Путина посетить Монголию в 2026 году", status=OCC, actor_country="MNG", target_country="RUS"),
  E("visit", "посетить Монголию в 2026 году …, приглашение было принято", status=PE, actor_country="RUS", target_country="MNG", date="2026"),
  E("anniversary", "празднование 105-летия установления дипломатических отношений", ordinal=105, year=2026, countries=["RUS", "MNG"]),
  E("criticism", "МИД Украины осудил Монголию за отказ арестовать российского лидера", status=OCC, actor_country="UKR", target_country="MNG"),
  opt("statement", "В Кремле заявили, что вопросов с Улан-Батором на этот счет не возникало", actor_country="RUS", target_country="MNG"),
  E("visit", "Последний раз Путин посещал Монголию в 2019 году", status=OCC, actor="Путин", actor_country="RUS", target_country="MNG", date="2019"),
 ])

# ---------------------------------------------------------------- Vietnamese
doc("devB-vi-01", "vi", "2025-01-09", "TTXVN",
 [C("VNM"), C("LAO"), P("Phạm Minh Chính", "VNM", "head_of_government"), P("Sonexay Siphandone", "LAO", "head_of_government"),
  P("Khamphao Ernthavanh", "LAO", "ambassador"), PL("Hà Nội", "VNM"), PL("Viêng Chăn", "LAO"), PL("Paksan", "LAO")],
 [
  E("visit", "Sonexay Siphandone sẽ thăm chính thức Việt Nam từ ngày 10 đến 11/1/2025", subtype="official", status="planned", actor="Sonexay", actor_country="LAO", target_country="VNM", date={"start": "2025-01-10", "end": "2025-01-11"}),
  opt("invitation", "Nhận lời mời của Thủ tướng Phạm Minh Chính", actor_country="VNM", target_country="LAO"),
  E("meeting", "đồng chủ trì Kỳ họp lần thứ 47 Ủy ban liên Chính phủ … hai Thủ tướng sẽ hội đàm", status="planned", countries=["VNM", "LAO"]),
  E("agreement", "chứng kiến lễ ký kết Hiệp định hợp tác song phương giai đoạn 2026-2030", status=PE, countries=["VNM", "LAO"]),
  opt("agreement", "cùng nhiều văn bản hợp tác trong các lĩnh vực giáo dục, năng lượng và giao thông", status=PE, countries=["VNM", "LAO"]),
  opt("cooperation", "các lĩnh vực giáo dục, năng lượng và giao thông", countries=["VNM", "LAO"]),
  E("trade", "kim ngạch thương mại song phương đạt 2,2 tỷ USD, tăng 35% so với năm 2023", value=2.2e9, currency="USD", year=2024, growth_percent=35, countries=["VNM", "LAO"]),
  E("investment", "Việt Nam hiện có 248 dự án đầu tư tại Lào với tổng vốn đăng ký khoảng 5,7 tỷ USD", value=5.7e9, currency="USD", actor_country="VNM", target_country="LAO"),
  E("transport_link", "Tuyến đường cao tốc Viêng Chăn – Hà Nội … dự kiến sẽ thúc đẩy sớm khởi công", mode="road", countries=["VNM", "LAO"]),
  E("anniversary", "kỷ niệm 60 năm Ngày thiết lập quan hệ ngoại giao (5/9/1962 – 5/9/2022)", ordinal=60, base_year=1962, year=2022, countries=["VNM", "LAO"]),
  E("anniversary", "45 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác (18/7/1977 – 18/7/2022)", ordinal=45, base_year=1977, year=2022, countries=["VNM", "LAO"]),
  E("relations_established", "Ngày thiết lập quan hệ ngoại giao (5/9/1962)", status=OCC, countries=["VNM", "LAO"], date="1962-09-05"),
  E("agreement", "Ngày ký Hiệp ước Hữu nghị và Hợp tác (18/7/1977)", stage="signed", status=OCC, countries=["VNM", "LAO"], date="1977-07-18"),
  opt("statement", "Đại sứ Lào … khẳng định mối quan hệ đặc biệt … là “tài sản vô giá”", actor_country="LAO", target_country="VNM"),
  opt("praise", "“tài sản vô giá” của hai dân tộc", actor_country="LAO", target_country="VNM"),
 ])

doc("devB-vi-02", "vi", "2025-03-10", "Báo Nhân Dân",
 [C("VNM"), C("IDN"), P("Tô Lâm", "VNM", "party_leader"), P("Prabowo Subianto", "IDN", "head_of_state"),
  PL("Jakarta", "IDN"), O("BRICS")],
 [
  E("visit", "trong khuôn khổ chuyến thăm cấp Nhà nước tới Indonesia từ ngày 9 đến 11/3", subtype="state", status=OO, actor="Tô Lâm", actor_country="VNM", target_country="IDN"),
  E("meeting", "Tổng Bí thư Tô Lâm đã hội đàm với Tổng thống Indonesia Prabowo Subianto", status=OCC, countries=["VNM", "IDN"], date="2025-03-10"),
  E("relations_upgraded", "nhất trí nâng cấp quan hệ … từ Đối tác Chiến lược lên Đối tác Chiến lược Toàn diện", status=OCC, to_level="comprehensive strategic partnership", countries=["VNM", "IDN"]),
  opt("agreement", "ra Tuyên bố chung về việc này", countries=["VNM", "IDN"]),
  E("agreement", "Bản ghi nhớ về hợp tác trong lĩnh vực thủy sản", stage="signed", status=OCC, topic="fish", countries=["VNM", "IDN"]),
  E("agreement", "Bản ghi nhớ về thương mại gạo", stage="signed", status=OCC, topic="rice", countries=["VNM", "IDN"]),
  E("agreement", "Bản ghi nhớ hợp tác giữa hai Bộ Ngoại giao", stage="signed", status=OCC, countries=["VNM", "IDN"]),
  E("praise", "Tổng thống Prabowo đánh giá cao những thành tựu phát triển của Việt Nam", status=OCC, actor="Prabowo", actor_country="IDN", target_country="VNM"),
  opt("praise", "cảm ơn Việt Nam đã ủng hộ Indonesia trở thành thành viên đầy đủ của BRICS", actor_country="IDN", target_country="VNM"),
  E("trade", "Thương mại song phương năm 2024 đạt 16,7 tỷ USD", value=1.67e10, currency="USD", year=2024, countries=["VNM", "IDN"]),
  E("trade", "đặt mục tiêu nâng kim ngạch lên 18 tỷ USD trước năm 2028", target=True, value=1.8e10, currency="USD", countries=["VNM", "IDN"]),
  E("cooperation", "nhất trí đẩy mạnh hợp tác quốc phòng, an ninh, năng lượng và chuyển đổi số", domains=["defense", "security", "energy"], countries=["VNM", "IDN"]),
  E("relations_established", "Việt Nam và Indonesia thiết lập quan hệ ngoại giao năm 1955", status=OCC, countries=["VNM", "IDN"], date="1955"),
  E("relations_upgraded", "trở thành Đối tác Chiến lược vào năm 2013", status=OCC, to_level="strategic partnership", countries=["VNM", "IDN"], date="2013"),
  E("anniversary", "Năm nay hai nước kỷ niệm 70 năm thiết lập quan hệ ngoại giao", ordinal=70, year=2025, countries=["VNM", "IDN"]),
 ])

if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    for id, g in D.items():
        with open(os.path.join(OUT, f"{id}.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
    print(f"wrote {len(D)} gold files to {OUT}")
