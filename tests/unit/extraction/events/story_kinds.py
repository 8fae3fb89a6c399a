"""Short articles written for the tests of events/story_kind.py (twenty-eighth round, gate48):
ordinary news of a general paper's desks told with the words of violence in their own senses
(the reports of violence are in story_kinds_violent.py). Each is 60 to 150 words, five
sentences or more."""
# ruff: noqa: E501

from __future__ import annotations

ORDINARY: dict[str, str] = {
    # match reports and transfers
    "match report": (
        "Rovers beat United 3-1 in a bruising derby on Saturday.\n\n"
        "The striker shot past the goalkeeper after ten minutes to give the hosts the lead. "
        "United fired back before half-time when their captain headed in a corner. "
        "Rovers launched wave after wave of attacks in the second half and scored twice more. "
        "The manager said his side had battled for every ball. "
        "The win lifts Rovers to third in the league, two points behind the leaders, with six "
        "games left in the season."
    ),
    "cup tie": (
        "The visitors crashed out of the cup after a penalty shoot-out on Tuesday night.\n\n"
        "Their attack was blunt for most of the match and the home defence held firm. "
        "The midfielder hit the post in extra time before the keeper saved two spot kicks. "
        "Fans booed the team off the pitch after the final whistle. "
        "The coach admitted his players had been killed on the counter-attack all evening. "
        "The club now turns to the league, where it sits fourth."
    ),
    "transfer": (
        "The club has signed the Brazilian forward on a five-year contract for a fee of 40 "
        "million euros.\n\n"
        "The 23-year-old scored 18 goals last season and was targeted by several rivals. "
        "He passed a medical on Monday and will join his new team-mates at the training "
        "camp this week. "
        "The manager said the signing would add firepower to an attack that struggled in the "
        "spring. "
        "The transfer window closes at the end of the month."
    ),
    "cricket": (
        "The home side were bowled out for 182 on the second day of the test.\n\n"
        "The fast bowler ripped through the top order with a fiery spell before lunch. "
        "The captain battled for three hours for his 64 before he was caught at slip. "
        "The visitors' openers then survived a barrage of short balls until stumps. "
        "They trail by 120 runs with all ten wickets in hand. "
        "The series is level at one match each."
    ),
    "motor racing": (
        "The defending champion took pole position for Sunday's Grand Prix.\n\n"
        "His team-mate was second after a late attack on the final lap of qualifying. "
        "The two drivers clashed on track last year and the team has told them to race "
        "cleanly. "
        "Rain is forecast for the race and could shake up the order. "
        "The championship leader starts only eighth after a crash in practice on Friday. "
        "The race starts at 3 pm local time."
    ),
    "boxing": (
        "The champion retained his world title with a knockout in the ninth round on "
        "Saturday.\n\n"
        "He knocked his challenger down twice in the fifth and finished the fight with a "
        "left hook. "
        "The challenger had landed heavy shots in the early rounds. "
        "The crowd of 20,000 at the stadium roared as the referee stopped the contest. "
        "Promoters said a rematch could take place in the autumn. "
        "The champion is now unbeaten in 31 fights."
    ),
    # business and markets
    "earnings": (
        "Shares in the carmaker plunged 12 percent on Thursday after it cut its profit "
        "forecast.\n\n"
        "The company said quarterly revenue fell to 8.1 billion dollars as sales in China "
        "slowed. "
        "Analysts said the results were a blow to investors who had bet on a recovery. "
        "The chief executive said the firm would cut costs and target new markets. "
        "The stock has lost a third of its value this year. "
        "Rivals' shares also fell in late trading."
    ),
    "takeover": (
        "The retailer has rejected a hostile takeover bid from a private equity firm.\n\n"
        "The board said the offer of 4 dollars a share undervalued the company. "
        "The bidder said it would take its offer directly to shareholders. "
        "Analysts expect a fierce battle for control of the chain, which has 600 stores. "
        "Its shares jumped 20 percent on the news. "
        "The company will report its annual earnings next week."
    ),
    "markets": (
        "Stocks fell sharply on Monday as fears of a trade war rattled investors.\n\n"
        "The Dow lost 500 points and the Nasdaq dropped 3 percent. "
        "Technology shares were hit hardest after the government threatened new tariffs. "
        "Oil prices also slid on worries about demand. "
        "Traders said markets would stay volatile until the talks resume. "
        "Bond yields fell as investors sought safety."
    ),
    "bank": (
        "The central bank raised interest rates by a quarter point on Wednesday.\n\n"
        "The governor said the move was needed to attack stubborn inflation. "
        "Economists had expected the rise after prices climbed 4 percent last year. "
        "Banks said mortgage rates would go up from next month. "
        "The currency rallied against the dollar after the announcement. "
        "The bank's next meeting is in June."
    ),
    "start-up": (
        "A local start-up has raised 12 million dollars to expand its delivery app.\n\n"
        "The company said the investment would fund new hires and a launch in three more "
        "cities. "
        "Its founders said the app had won 200,000 users in its first year. "
        "The firm is targeting restaurants and small shops. "
        "Investors said the market for fast delivery was growing quickly. "
        "The company employs 80 people."
    ),
    # courts
    "trial": (
        "A jury on Friday found a former city official guilty of taking bribes.\n\n"
        "Prosecutors said he accepted 300,000 dollars from contractors over six years. "
        "His lawyer attacked the credibility of the main witness during the trial. "
        "The judge set sentencing for June and allowed him to remain free on bail. "
        "He faces up to 20 years in prison. "
        "The defence said it would appeal the verdict."
    ),
    "assault case": (
        "A 28-year-old man has been sentenced to three years in jail for an assault outside "
        "a nightclub.\n\n"
        "The court heard he punched a student after a row in the queue. "
        "The victim suffered a broken jaw. "
        "The defendant pleaded guilty at an earlier hearing. "
        "The judge said the attack had been unprovoked and cowardly. "
        "He was also banned from the town centre for five years."
    ),
    "lawsuit": (
        "A group of residents has sued the council over plans for a new incinerator.\n\n"
        "Their lawyers told the court the plant would harm air quality in the area. "
        "The council's attorney said the plan had passed every test. "
        "The judge will hear arguments next month. "
        "Campaigners said they would fight the scheme all the way to the supreme court. "
        "The council said it was confident of winning the case."
    ),
    # crime desk
    "burglary": (
        "Police arrested a man suspected of burglary in the town centre on Tuesday.\n\n"
        "Officers were called after a shop owner reported a break-in at about 3 am. "
        "The suspect was found nearby with stolen jewellery and cash. "
        "He is being held in custody and is expected to appear in court on Thursday. "
        "Detectives are appealing for witnesses. "
        "Police said burglaries in the area had fallen this year."
    ),
    "fraud": (
        "A businessman was arrested on fraud charges on Wednesday after a two-year "
        "investigation.\n\n"
        "Investigators say he stole 2 million dollars from investors in a fake property "
        "scheme. "
        "He was charged with twelve counts of fraud and released on bail. "
        "His lawyer said he would plead not guilty. "
        "Prosecutors said more victims may come forward. "
        "The case will be heard in the spring."
    ),
    "robbery": (
        "Two men robbed a petrol station on the edge of town late on Saturday, police "
        "said.\n\n"
        "The suspects threatened a cashier and took cash from the till before fleeing in a "
        "car. "
        "No one was hurt. "
        "Detectives said they were studying camera footage and asked witnesses to come "
        "forward. "
        "It is the third robbery at the station this year. "
        "The owner said he would hire a guard."
    ),
    # weather, roads and fires
    "storm": (
        "A storm battered the coast on Sunday, bringing down trees and cutting power to "
        "40,000 homes.\n\n"
        "Winds of up to 120 km per hour struck the area overnight. "
        "Forecasters warned of more heavy rain on Monday. "
        "Roads were closed and some trains were cancelled. "
        "Crews were working to restore electricity. "
        "The weather service said temperatures would drop sharply later in the week."
    ),
    "fire": (
        "A fire destroyed a furniture warehouse on the edge of the city overnight.\n\n"
        "Firefighters battled the blaze for six hours. "
        "No one was injured, the fire service said. "
        "Smoke could be seen across the city on Tuesday morning. "
        "The cause of the fire is being investigated. "
        "The owner said the company would rebuild on the same site and keep all of its 40 staff."
    ),
    "crash": (
        "Two people were killed in a crash on the motorway on Friday evening.\n\n"
        "A lorry collided with a car near the junction in heavy traffic. "
        "The driver of the car and his passenger died at the scene. "
        "The lorry driver was taken to hospital with minor injuries. "
        "The motorway was closed for five hours. "
        "Police appealed for drivers with dashboard cameras to come forward."
    ),
    "flood": (
        "Heavy rain flooded hundreds of homes in the valley on Wednesday.\n\n"
        "Rivers burst their banks after a month's rain fell in two days. "
        "Rescue crews used boats to reach families trapped in their houses. "
        "Schools were closed and roads were under water. "
        "Forecasters said more rain was on the way. "
        "The mayor said the town would need weeks to recover."
    ),
    # culture
    "film": (
        "The superhero sequel bombed at the box office on its opening weekend.\n\n"
        "The film took just 20 million dollars in North America, half of what the studio "
        "expected. "
        "Critics attacked its plot and its special effects. "
        "Its star has said he will not return for a third film. "
        "A horror movie topped the chart instead. "
        "The studio said the sequel would open in Asia next month."
    ),
    "book review": (
        "Her new novel is a gripping tale of a family torn apart by secrets.\n\n"
        "The author kills off her narrator in the first chapter and tells the rest through "
        "his letters. "
        "The book is an assault on the senses, full of noise and colour. "
        "Readers of her earlier books will find the same sharp humour. "
        "It is her best work yet. "
        "The novel is published on Thursday."
    ),
    "album": (
        "The band's new album is a blast from start to finish.\n\n"
        "The singer's voice explodes on the opening song. "
        "The guitarist fires off riff after riff on the second half of the record. "
        "The band will tour the album in the autumn with dates in 30 cities. "
        "Fans queued overnight for tickets when the shows went on sale. "
        "Critics have praised it as their strongest music in a decade."
    ),
    "theatre": (
        "The new production of the play opened at the city theatre on Friday.\n\n"
        "The director sets the drama in a modern office. "
        "The lead actor is a knockout as the scheming manager. "
        "The second act drags, but the final scene brought the audience to its feet. "
        "The play runs until the end of May. "
        "Tickets are on sale at the box office."
    ),
    # obituaries
    "obituary": (
        "The actor, who starred in more than 60 films, has died aged 84.\n\n"
        "He died peacefully at his home on Sunday, his family said. "
        "He was born in a mining town and began his career on the stage. "
        "He was best known for playing a detective in a long-running television series. "
        "He is survived by his wife and three children. "
        "A funeral will be held next week."
    ),
    # politics and legislation
    "bill": (
        "The bill was killed in committee on Tuesday after a fierce debate.\n\n"
        "Lawmakers voted 7-5 against the measure, which would have raised the fuel tax. "
        "Its sponsor attacked opponents for ignoring crumbling roads. "
        "The governor said she would try again next year. "
        "Business groups welcomed the vote. "
        "The legislature ends its session next month, and the fuel tax will not return before the autumn."
    ),
    "budget": (
        "The opposition launched a fierce attack on the budget in parliament on "
        "Wednesday.\n\n"
        "Its finance spokesman said the plan would hit families hardest. "
        "The minister defended the spending cuts and said the economy was growing. "
        "MPs will vote on the budget next week. "
        "The government has a majority of twelve seats. "
        "Economists said the tax changes were modest and would barely change the deficit."
    ),
    "election": (
        "The mayor has won a second term after a bitter campaign.\n\n"
        "She took 54 percent of the vote against 41 percent for her rival. "
        "The two candidates clashed over housing and transport in three televised debates. "
        "Turnout was 38 percent, the lowest in twenty years. "
        "The new council meets for the first time next month. "
        "Her rival conceded defeat on Sunday night."
    ),
    # schools, health, science
    "school": (
        "The school board voted on Monday to close two primary schools.\n\n"
        "Parents attacked the decision at a packed meeting. "
        "The board said falling numbers of pupils had left the schools half empty. "
        "The children will move to a new school across town in September. "
        "Teachers will be offered jobs at other schools. "
        "The building will be sold and the money spent on the new school's library."
    ),
    "hospital": (
        "A new drug could help patients fight a deadly form of skin cancer, a study has "
        "found.\n\n"
        "Researchers said the treatment targets the tumours and spares healthy cells. "
        "In a trial of 300 patients, more than half saw their tumours shrink. "
        "Doctors said the results were a breakthrough. "
        "The drug could be approved next year. "
        "The study was published in a medical journal on Wednesday."
    ),
    "technology": (
        "The company has launched an attack on rivals with a cheaper smartphone.\n\n"
        "The new phone costs 299 dollars and has a larger battery. "
        "The firm is targeting young users in Asia and Africa. "
        "Analysts said the launch would squeeze the profits of other brands. "
        "Sales begin on Friday. "
        "The company also announced new software for its laptops and a tablet for schools."
    ),
    # more desks, other styles: a local crime brief, a party story, a hack, asylum rules
    "crime brief": (
        "A 19-year-old man was shot and killed outside a convenience store on the city's east "
        "side late Saturday, police said.\n\n"
        "Officers found the victim with a gunshot wound to the chest shortly after 11 pm. "
        "He was taken to hospital, where he died. "
        "Police said the shooting followed an argument in the parking lot. "
        "No arrests have been made. "
        "Detectives are asking anyone with information to call the tip line. "
        "It is the city's 14th homicide this year."
    ),
    "party politics": (
        "The governor has dismissed claims that he is planning to defect to the opposition "
        "party ahead of next year's elections.\n\n"
        "Speaking to reporters in Abuja on Monday, he said he remained loyal to the ruling "
        "party. "
        "His spokesman attacked critics for spreading rumours. "
        "The party's national chairman said the governor had the support of the delegates. "
        "Several lawmakers from the state have already left the party. "
        "The primaries are due in October."
    ),
    "hack": (
        "A ransomware attack has crippled the computer systems of a city government for a "
        "week.\n\n"
        "Hackers demanded 50,000 dollars in bitcoin to unlock the files. "
        "Officials said they would not pay. "
        "Residents could not pay water bills or parking tickets online. "
        "The FBI is investigating the attack. "
        "Experts said cities were increasingly targeted by criminals because their systems "
        "were old."
    ),
    "asylum rules": (
        "The government has announced new rules for asylum seekers arriving at the southern "
        "border.\n\n"
        "Refugees will have to apply at official crossings. "
        "Rights groups said the rules would leave families stranded in dangerous towns. "
        "The interior minister said the system had been overwhelmed. "
        "About 3,000 people arrived last month. "
        "The rules take effect on 1 June, and the first cases will be heard in July."
    ),
}
