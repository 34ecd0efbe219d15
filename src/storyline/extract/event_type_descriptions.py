"""Short descriptions of each event sub-type, written for this project from ACLED's definitions.

They join the labelled snippets as extra training examples: two plain sentences per label state the
distinction a label draws (who acts, against whom, with what force), which matters most for the small
classes whose few snippets cannot show it.
"""

from __future__ import annotations

DESCRIPTIONS: dict[str, tuple[str, str]] = {
    "ARMED_CLASH": (
        "Two armed groups fought each other; soldiers and rebels exchanged gunfire in a battle.",
        "Troops clashed with militants and fighting went on for hours, with casualties on both sides.",
    ),
    "GOV_REGAINS_TERIT": (
        "Government troops took back a town that rebels had held, restoring state control of the area.",
        "The army recaptured villages from insurgents and drove the militants out of the district.",
    ),
    "NON_STATE_ACTOR_OVERTAKES_TER": (
        "Rebels seized a town from the army and now control the area.",
        "Militants captured a district and its army base after government forces fled.",
    ),
    "AIR_STRIKE": (
        "Warplanes or drones bombed targets from the air, hitting positions on the ground.",
        "An air raid by military jets struck a village and killed several people.",
    ),
    "SUIC_BOMB": (
        "A suicide bomber detonated an explosive vest among a crowd, killing himself and others.",
        "An attacker drove a car packed with explosives into a checkpoint and blew it up, dying in the blast.",
    ),
    "ART_MISS_ATTACK": (
        "Artillery shells and mortar rounds fired from a distance landed on a town.",
        "Rockets and missiles were launched at a city, striking buildings.",
    ),
    "REM_EXPLOS": (
        "A roadside bomb exploded under a passing vehicle; nobody was present to set it off by hand.",
        "A landmine or improvised explosive device went off, killing passers-by.",
    ),
    "GRENADE": (
        "Someone threw a hand grenade into a shop and it exploded, wounding customers.",
        "Attackers lobbed a grenade at a police post.",
    ),
    "CHEM_WEAP": (
        "Toxic chemicals such as chlorine or sarin gas were used as a weapon against people.",
        "Residents suffocated after an attack with poison gas.",
    ),
    "ATTACK": (
        "Armed men attacked unarmed civilians, shooting or stabbing them.",
        "Gunmen killed villagers in a raid on their homes; the victims could not defend themselves.",
    ),
    "ABDUCT_DISSAP": (
        "Armed men kidnapped people and took them away; their whereabouts are unknown.",
        "Hostages were abducted and held for ransom.",
    ),
    "SEX_VIOL": (
        "A woman was raped by armed men.",
        "Soldiers were accused of sexual violence and assault against women and girls.",
    ),
    "PEACE_PROTEST": (
        "People marched and rallied peacefully, holding signs and chanting, without violence or interference.",
        "Workers went on strike and demonstrated in front of the ministry.",
    ),
    "PROTEST_WITH_INTER": (
        "Police broke up a peaceful demonstration, detaining protesters and using tear gas or pepper spray.",
        "Authorities dispersed a rally and arrested activists, but nobody was seriously hurt.",
    ),
    "FORCE_AGAINST_PROTEST": (
        "Security forces opened fire with live ammunition on peaceful protesters, killing several.",
        "Police used lethal or excessive force against unarmed demonstrators, causing serious injuries.",
    ),
    "VIOL_DEMONSTR": (
        "Rioters threw stones and petrol bombs at police, burned tyres and smashed shop windows.",
        "Demonstrators turned violent, clashing with officers and setting cars on fire.",
    ),
    "MOB_VIOL": (
        "An angry mob beat a man to death after accusing him of theft.",
        "Villagers formed a crowd and attacked people from another community.",
    ),
    "AGREEMENT": (
        "The warring parties signed a peace agreement and agreed to a ceasefire.",
        "Both sides reached a deal to exchange prisoners.",
    ),
    "ARREST": (
        "Police arrested a suspect and took him into custody.",
        "Security forces detained several people accused of plotting an attack.",
    ),
    "CHANGE_TO_GROUP_ACT": (
        "An armed group changed its leadership, merged with another group or moved its activity elsewhere.",
        "Fighters defected, surrendered or were recruited; the group announced a new strategy.",
    ),
    "DISR_WEAP": (
        "Soldiers found and defused a bomb before it exploded.",
        "Police seized a cache of weapons and explosives; an air defence system shot down a drone.",
    ),
    "HQ_ESTABLISHED": (
        "An armed group set up a new base and headquarters in the town.",
        "The militia established an outpost and a camp in the area.",
    ),
    "PROPERTY_DISTRUCT": (
        "Shops were looted and houses were burned down and destroyed.",
        "Armed men vandalised and demolished property without harming people.",
    ),
    "NON_VIOL_TERRIT_TRANSFER": (
        "Troops withdrew from the area and handed it over without a fight.",
        "Forces pulled out of the town and another group took over peacefully.",
    ),
    "ORG_CRIME": (
        "A drug cartel smuggled cocaine; gangs were involved in trafficking and extortion.",
        "Criminal gangs robbed and killed people in a turf war over drug routes.",
    ),
    "NATURAL_DISASTER": (
        "An earthquake, flood, storm or drought struck the region, killing people and destroying homes.",
        "An epidemic spread and the number of infections and deaths from the virus rose.",
    ),
    "MAN_MADE_DISASTER": (
        "A fire broke out in a factory; a building collapsed and a train derailed in an accident.",
        "An explosion at a chemical plant and an oil spill caused casualties; a boat capsized.",
    ),
    "DIPLO": (
        "Foreign ministers met for talks and discussed relations between the two countries.",
        "The president visited a neighbouring country and the governments announced sanctions.",
    ),
    "ATTRIB": ("A group claimed responsibility for the attack.", "Officials blamed a militant group for the bombing."),
    "OTHER": (
        "The report described something unrelated to conflict, disasters or diplomacy.",
        "A company announced its results and a festival was held in the city.",
    ),
}
