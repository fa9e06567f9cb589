/**
 * The wording of every readiness practice: its prompt, why we ask, what each maturity level
 * looks like, and the first-90-days action for a gap. Keyed by the ids in question-structure.ts;
 * loaded on demand by the questionnaire, statically by the engine (questions.ts). Sources as
 * named there. Changing any of it means a new CONTENT_VERSION.
 */
import type { ReadinessText } from '../types';

export const READINESS_TEXT: Readonly<Record<string, ReadinessText>> = {
  'gv-security-owner': {
    prompt: 'Who is accountable for your security program?',
    whyWeAsk:
      'HIPAA, the FTC Safeguards Rule, NYDFS and PCI DSS each require one person to be named responsible for security, and customer questionnaires ask for that name too.',
    levels: [
      'Nobody: security is handled by whoever notices a problem',
      'Someone looks after it informally, on top of their day job',
      'A named owner is written down, with their duties and authority',
      'The owner has set time and budget and runs the program month to month',
      'The owner is reviewed against program goals each year and a deputy is named',
    ],
    action:
      'Name one accountable security owner, on staff or a contracted vCISO, and write down their duties, authority and time.',
  },
  'gv-written-policies': {
    prompt: 'Do you have a written information security program and policies?',
    whyWeAsk:
      'A written program is the first thing auditors, insurers and large customers ask to see, and the FTC Safeguards Rule and the GLBA rules for banks and credit unions require one.',
    levels: [
      'No written security policies',
      'A few documents or templates, never formally adopted or kept current',
      'A written program and core policies approved by leadership',
      'Policies are followed and enforced in systems, so password, access and backup settings match what is written',
      'Policies are reviewed and re-approved every year, with exceptions logged and checked',
    ],
    action:
      'Write and adopt a core security program (acceptable use, access, data handling, backup and incident policies) approved by leadership.',
  },
  'gv-risk-strategy': {
    prompt: 'How does leadership set the business’s security priorities?',
    whyWeAsk:
      'Priorities should start from the laws, contracts and insurer terms that apply and the risks leadership will and will not accept; without them, security spending follows the latest scare instead of the business.',
    levels: [
      'Never discussed, and no list of what we must comply with',
      'Discussed when something comes up, but nothing is written down',
      'A written list of our obligations and the risks leadership cares about',
      'Risk appetite and priorities are agreed and used to decide projects and spending',
      'Priorities and obligations are revisited at least yearly and whenever the business changes',
    ],
    action:
      'List the laws, contracts and insurer terms that apply, and agree with leadership on the top risks and how much risk is acceptable.',
  },
  'gv-board-reporting': {
    prompt: 'How does leadership (owners or board) hear about the state of security?',
    whyWeAsk:
      'The FTC Safeguards Rule, NYDFS and NCUA call for a written report to the board at least yearly, and a regular review is how leadership stays accountable for gaps and budget.',
    levels: [
      'Leadership hears about security only when something breaks',
      'Occasional verbal updates when someone asks',
      'A written security report goes to leadership at least once a year',
      'A quarterly review covers program status, gaps closed and still open, and budget',
      'Quarterly reviews track agreed measures over time and leadership records its decisions',
    ],
    action:
      'Set up a quarterly security review with leadership covering gaps closed, gaps still open and the next budget request.',
  },
  'gv-vendor-risk': {
    prompt: 'How do you check the security of the vendors that can reach your systems or data?',
    whyWeAsk:
      'Attackers often come in through a supplier, and regulators and customers expect you to show how you oversee the third parties that hold your data.',
    levels: [
      'Nobody checks vendors’ security',
      'The main vendors are asked about security now and then, when someone thinks of it',
      'A written review process, and a list of the vendors with access ranked by risk',
      'Key vendors are reviewed before signing and their contracts carry security terms',
      'Vendors are re-reviewed on a schedule set by risk, and findings are followed up',
    ],
    action:
      'Rank the vendors that can reach your systems or data by risk, and review the riskiest ones’ security and contracts.',
  },
  'id-asset-inventory': {
    prompt: 'Do you keep an up-to-date inventory of your devices, software and cloud services?',
    whyWeAsk:
      'You cannot patch, protect or insure what you do not know you have, which is why every framework starts with the inventory.',
    levels: [
      'No inventory',
      'A spreadsheet that is rarely updated',
      'A maintained list of devices, software and cloud services, each with an owner',
      'An automatically updated inventory that flags unknown devices and software',
      'The inventory is reconciled at least quarterly and unmanaged assets are tracked down',
    ],
    action:
      'Build one inventory of devices, software and cloud services, fed by your management tools, with an owner for each.',
  },
  'id-risk-assessment': {
    prompt: 'When did you last carry out a security risk assessment?',
    whyWeAsk:
      'The risk assessment decides what to fix first; the FTC Safeguards Rule asks for a written one, and a vCISO refreshes it every year.',
    levels: [
      'Never',
      'Once, informally, with nothing written down',
      'A written assessment of threats, controls and gaps has been done',
      'It is repeated every year, and each risk has an owner and a treatment plan',
      'It is refreshed yearly and after major changes, and progress on each risk is reported',
    ],
    action:
      'Run a written risk assessment of your assets, threats, current controls and gaps, and turn it into a ranked plan.',
  },
  'id-vulnerability-scanning': {
    prompt: 'How are your systems checked for weaknesses an attacker could use?',
    whyWeAsk:
      'Scans and penetration tests find the holes patching missed and the systems nobody knew were exposed, before an attacker does; insurers and large customers increasingly ask for the results.',
    levels: [
      'Never scanned or tested',
      'A one-off scan, or a test run because a customer or insurer asked',
      'A written rule says which systems are scanned, how often, and who fixes what is found',
      'Internal and internet-facing systems are scanned automatically at least monthly, and findings go into patching',
      'An independent penetration test runs at least yearly, and findings are tracked and re-tested until fixed',
    ],
    action:
      'Scan your internet-facing systems every month, then your internal ones, and book a yearly penetration test of what faces the internet.',
  },
  'id-improvement': {
    prompt:
      'Are findings from audits, tests, incidents and assessments tracked until they are fixed?',
    whyWeAsk:
      'An assessment only helps if its findings get closed; a tracked list of open items is what turns a report into progress.',
    levels: [
      'Findings are not recorded',
      'Some findings get fixed when someone remembers',
      'A written list of open findings, each with an owner',
      'Findings are tracked to closure with due dates and reviewed every month',
      'Closure rates and overdue items are measured and reported to leadership',
    ],
    action:
      'Keep one register of security findings with an owner and due date for each, and review it monthly.',
  },
  'pr-mfa': {
    prompt: 'How widely is multi-factor authentication (MFA) used?',
    whyWeAsk:
      'Stolen passwords are a leading way in; the FTC Safeguards Rule requires MFA and cyber-insurance applications ask about it.',
    levels: [
      'No MFA anywhere',
      'On some accounts, by choice',
      'A written rule says who must use MFA',
      'Enforced on email, remote access and admin accounts',
      'Enforced everywhere, exceptions reviewed quarterly and coverage measured',
    ],
    action:
      'Enforce MFA on every admin account first, then on email, remote access and cloud applications for everyone.',
  },
  'pr-privileged-accounts': {
    prompt: 'How tightly are administrator (admin) accounts controlled?',
    whyWeAsk:
      'An attacker who takes over an admin account controls every system it reaches, so these accounts should be few, kept apart from everyday work and protected by MFA.',
    levels: [
      'Staff use admin rights on their everyday accounts, and nobody knows who holds them',
      'We know roughly who is an admin, and some admin logins are shared',
      'A written list of who holds admin rights, and a rule that admin work uses separate accounts',
      'Only the few who need it hold admin rights, on separate accounts with MFA, and no admin login is shared',
      'Admin accounts are reviewed at least quarterly, unused ones are removed and their use is logged',
    ],
    action:
      'Give admins separate admin accounts with MFA, take admin rights off everyday accounts, and keep the list of holders short.',
  },
  'pr-access-control': {
    prompt: 'How are accounts and access rights granted, changed and removed?',
    whyWeAsk:
      'Forgotten accounts of former staff, and access that piles up as people change jobs, are common ways for attackers to get in and move around.',
    levels: [
      'Accounts are created on request and rarely removed',
      'Leavers are usually removed, but there is no checklist',
      'Written joiner, mover and leaver steps, with access based on role',
      'Accounts are disabled on a leaver’s last day and access changes when someone changes role',
      'Access is reviewed at least quarterly and stale or excess rights are removed',
    ],
    action:
      'Write joiner, mover and leaver runbooks, disable accounts on the last day, and remove stale accounts and rights.',
  },
  'pr-training': {
    prompt: 'Do staff get security awareness training?',
    whyWeAsk:
      'Phishing and payment fraud target people rather than systems; the FTC Safeguards Rule requires training, and insurers and auditors expect it.',
    levels: [
      'No training',
      'An occasional reminder or a one-off session',
      'Training is required at hire and every year, and completion is recorded',
      'Regular short training plus phishing simulations for everyone',
      'Click and report rates are measured and training is targeted where it is needed',
    ],
    action:
      'Require security training at hire and every year for all staff, with regular phishing simulations.',
  },
  'pr-email-security': {
    prompt: 'How is your email protected against forged senders, phishing and malware?',
    whyWeAsk:
      'Most phishing, malware and invoice fraud arrives by email; SPF, DKIM and DMARC stop others sending mail in your name, and filtering stops much of the rest before anyone clicks.',
    levels: [
      'Only our email service’s defaults, and we do not know whether SPF, DKIM or DMARC are set up',
      'Some spam filtering is on and SPF is set for the main domain, but nobody has checked the rest',
      'A written email standard covers SPF, DKIM and DMARC for every domain, filtering and blocked attachment types',
      'SPF, DKIM and DMARC (at quarantine or reject) cover every domain, and incoming mail is filtered for phishing, bad links and malware',
      'DMARC reports and filter results are reviewed monthly, and domains that send no mail are locked down too',
    ],
    action:
      'Set up SPF, DKIM and DMARC on every domain you own, move DMARC to quarantine or reject, and turn on phishing and malware filtering.',
  },
  'pr-payment-verification': {
    prompt:
      'Before money goes to new or changed bank details, does someone confirm the change by phone?',
    whyWeAsk:
      'A fake request to change bank details, often sent from a real but taken-over mailbox, is one of the costliest frauds small businesses face, and a call to a number you already had stops it.',
    levels: [
      'Bank details are changed as soon as an email or letter asks',
      'Staff sometimes phone to check, often using the number given in the request',
      'A written rule: every new or changed bank detail is confirmed by calling a number we already had, urgent or not',
      'Finance follows the rule every time, and a second person approves changed bank details before the first payment',
      'Payment changes are sampled at least yearly to check the call was made, and the rule is tested with fake requests',
    ],
    action:
      'Confirm every new or changed bank detail by calling a number you already had, before any money moves.',
  },
  'pr-patching': {
    prompt: 'How are security updates installed on your computers, servers and applications?',
    whyWeAsk:
      'Unpatched systems, above all those facing the internet, are among the commonest ways in, and the fix is usually already available.',
    levels: [
      'Updates are installed when someone gets round to it',
      'Automatic updates on some computers; servers and applications patched now and then',
      'A written patch policy with target times by severity',
      'Operating system and application updates are deployed centrally and automatically, servers included',
      'Patch times are measured against the targets and overdue items are escalated',
    ],
    action:
      'Set patch deadlines by severity and deploy operating system and application updates centrally, internet-facing systems first.',
  },
  'pr-end-of-life': {
    prompt: 'What happens to systems that no longer get security updates from their maker?',
    whyWeAsk:
      'An old version of Windows, an unsupported firewall or an outdated application will never be fixed again, so every new flaw in it stays open for good.',
    levels: [
      'We do not know which of our systems are out of support',
      'We know of a few old systems and keep them running because they still work',
      'A written list of unsupported systems, each with a plan to replace or isolate it',
      'Unsupported systems are replaced, or cut off from the internet and the rest of the network until they are',
      'Support end dates are checked at least quarterly, so systems are replaced before support ends',
    ],
    action:
      'Find every system past its end of support, replace it, and cut off from the network whatever cannot be replaced yet.',
  },
  'pr-network-protection': {
    prompt: 'If an attacker got onto one computer, how far across your network could they reach?',
    whyWeAsk:
      'On a flat network one infected laptop can reach every server; separate networks and firewalls limit how far an attacker gets.',
    levels: [
      'One flat network: every device can reach every server, and guests share it',
      'A firewall at the internet edge, but inside, every device can reach every other',
      'A documented network design says which networks are kept apart and what may pass between them',
      'Guest, staff and server networks are separated, and firewalls on servers and computers block traffic that is not needed',
      'The network design and firewall rules are reviewed at least yearly and unused rules removed',
    ],
    action:
      'Separate guest, staff and server networks, and turn on the firewall of every server and computer.',
  },
  'pr-remote-access': {
    prompt: 'How do people connect to your systems from outside the office?',
    whyWeAsk:
      'Remote desktop and VPN logins open to the internet are a favorite way in for ransomware gangs, and cyber-insurance applications ask about them.',
    levels: [
      'Remote desktop or file shares are open to the internet, protected by passwords alone',
      'Each person connects in whatever way was set up for them, and nobody keeps track',
      'One written, approved way to connect from outside, and other ways are not allowed',
      'All remote access goes through a VPN or secure gateway with MFA, and nothing like remote desktop faces the internet',
      'Remote access accounts and internet-facing services are checked at least quarterly and unused access removed',
    ],
    action:
      'Close remote desktop and other exposed ports, and put all remote access behind a VPN or gateway that requires MFA.',
  },
  'pr-backups-protected': {
    prompt: 'Are your backups complete and out of an attacker’s reach?',
    whyWeAsk:
      'Ransomware featured in 44% of breaches in the Verizon DBIR 2025, and attackers go after backups first; a copy they cannot reach lets you recover without paying.',
    levels: [
      'No reliable backups',
      'Some systems are backed up, to a drive or share on the same network',
      'A written backup policy covers every key system and cloud service',
      'Backups run automatically, with an offline or immutable copy behind separate credentials',
      'Backup success and coverage are checked every week and gaps are fixed',
    ],
    action:
      'Back up every key system and cloud service to an offline or immutable copy that uses separate credentials.',
  },
  'pr-data-protection': {
    prompt: 'How well is sensitive data (customer, patient, financial) protected where it is kept?',
    whyWeAsk:
      'Customer, patient and financial records are what regulators and customers care about, and the FTC Safeguards Rule requires encrypting them.',
    levels: [
      'We do not know where sensitive data is kept',
      'We know roughly, and some laptops are encrypted',
      'A written data inventory with classification and retention rules',
      'Sensitive data is encrypted on devices and in transit, and access is limited by role',
      'Data locations and encryption coverage are checked yearly and old data is deleted on schedule',
    ],
    action:
      'Map where sensitive data is stored, encrypt laptops and data in transit, and limit access to those who need it.',
  },
  'pr-payment-card': {
    prompt: 'How well is payment-card data kept out of, or locked down in, your systems?',
    whyWeAsk:
      'PCI DSS applies to anyone who stores, processes or transmits card data, and v4.0.1 asks for security to be formally assigned to a security-knowledgeable executive.',
    levels: [
      'We do not know where card numbers are entered or stored',
      'Card handling grew piecemeal and nobody has checked our PCI scope',
      'Our PCI scope and the assessment type that applies are written down',
      'Card data stays out of our systems (hosted payment page or tokens) or is walled off, and the yearly assessment is done',
      'Scope is re-checked yearly and after changes, and assessment findings are tracked to closure',
    ],
    action:
      'Confirm your PCI DSS scope and shrink it by moving card entry to a hosted or tokenized payment service.',
  },
  'pr-secure-development': {
    prompt: 'How is security built into the software or online services you develop?',
    whyWeAsk:
      'When you ship software its flaws become your customers’ risk, and enterprise buyers and SOC 2 auditors ask how code is reviewed and tested.',
    levels: [
      'No security steps in development',
      'Developers fix security issues as they come up',
      'Written secure-coding standards and code-review rules',
      'Code review, dependency scanning and security tests run before every release',
      'Security defects are tracked against fix-time targets and an independent test runs yearly',
    ],
    action:
      'Add peer code review, dependency scanning and secret scanning to every release, and track security defects to closure.',
  },
  'de-edr': {
    prompt: 'Do all computers and servers run endpoint detection and response (EDR)?',
    whyWeAsk:
      'Plain antivirus misses most hands-on attacks; EDR records what happens on each device so an attack can be spotted and stopped.',
    levels: [
      'Only the antivirus built into the operating system, or nothing',
      'Antivirus or EDR on some devices, installed one by one',
      'A written standard requires EDR on every computer and server',
      'EDR runs on every computer and server and can isolate a device',
      'EDR coverage is checked weekly and missing or unhealthy agents are fixed',
    ],
    action:
      'Deploy EDR on every computer and server, with its alerts going to someone who will act on them.',
  },
  'de-logging-monitoring': {
    prompt: 'Are security logs collected, kept and reviewed?',
    whyWeAsk:
      'Without logs nobody can tell what an attacker touched, and that decides whether you must notify customers or regulators.',
    levels: [
      'Logs are not collected beyond default settings',
      'Logs exist on individual systems but nobody reviews them',
      'A written rule says which logs are collected and how long they are kept',
      'Logs from email, cloud services, firewalls and servers are collected centrally and reviewed',
      'Log coverage and retention are checked and detection rules tuned at least quarterly',
    ],
    action:
      'Collect logs from email, cloud services, firewalls and servers in one place, and set how long to keep them.',
  },
  'de-suspicious-signins': {
    prompt:
      'Would you notice a suspicious sign-in, or a mailbox rule forwarding email outside the company?',
    whyWeAsk:
      'Business email compromise starts with one stolen login; alerts on unusual sign-ins and forwarding rules catch it before money or data leaves.',
    levels: [
      'We would find out from a customer or the bank',
      'Some built-in alerts are on, but nobody is sure who receives them',
      'Written rules say which sign-in and mailbox alerts are on and who handles them',
      'Alerts on risky sign-ins, new forwarding rules and MFA changes are reviewed daily',
      'Response times to these alerts are measured and the alert rules are tested and tuned',
    ],
    action:
      'Turn on alerts for risky sign-ins, external forwarding rules and MFA changes, and name who responds to them.',
  },
  'de-alert-triage': {
    prompt: 'Who looks at security alerts, and how quickly, including nights and weekends?',
    whyWeAsk:
      'Alerts help only if someone qualified looks at them and acts in time, and attacks do not wait for office hours.',
    levels: [
      'Nobody is assigned to look at alerts',
      'Alerts land in a shared inbox and are read when someone has time',
      'Written steps say who triages alerts, how fast, and when to escalate',
      'Alerts are triaged around the clock, by staff or a managed detection service',
      'Triage times and false-alarm rates are measured and reviewed monthly',
    ],
    action:
      'Arrange round-the-clock alert triage, in house or through a managed detection service, with written escalation steps.',
  },
  'rs-ir-plan': {
    prompt: 'Do you have a written incident response plan?',
    whyWeAsk:
      'In the first hours a plan decides who calls the insurer, who may shut systems down and who speaks to customers; the FTC Safeguards Rule requires one once you hold data on 5,000 or more consumers.',
    levels: [
      'No plan',
      'We know roughly who to call, but nothing is written',
      'A written plan with roles, contacts, decision rights and the insurer’s claims hotline',
      'The people in the plan know their part, and there are playbooks for ransomware and email compromise',
      'The plan is updated after every exercise, incident or near-miss and re-approved yearly',
    ],
    action:
      'Write an incident response plan naming roles, decision rights, outside contacts and the insurer’s claims hotline.',
  },
  'rs-containment': {
    prompt: 'Is outside incident response help lined up before you need it?',
    whyWeAsk:
      'Most small firms need specialists to contain an attack and find out what it reached, and finding one in the middle of an attack costs hours you do not have.',
    levels: [
      'We would not know whom to call',
      'We would call our IT provider and improvise',
      'An incident response firm is chosen, and how to reach it is written into the response plan',
      'A responder is on retainer or on the insurer’s panel, with agreed response times and the access it will need ready',
      'The arrangement is reviewed yearly and the responder has joined one of our exercises',
    ],
    action:
      'Line up an incident response firm before you need one, often through your insurer’s panel, and put how to reach it in your response plan.',
  },
  'rs-notification': {
    prompt: 'Do you know whom you must notify after a breach, and how fast?',
    whyWeAsk:
      'Deadlines can be short: 72 hours under NYDFS, 30 days for FTC-covered events affecting 500 or more consumers, four business days after a materiality decision for SEC filers.',
    levels: [
      'We have not looked into it',
      'We would work it out with a lawyer at the time',
      'A written list of whom to notify (regulators, customers, insurer, police) and by when',
      'Draft notices and legal counsel are ready, and the list is part of the response plan',
      'Notification duties are re-checked yearly and whenever contracts or rules change',
    ],
    action:
      'List everyone you must notify after a breach, with deadlines, and keep draft notices and counsel’s contacts in the response plan.',
  },
  'rs-tabletop': {
    prompt: 'Do you rehearse incident response with a tabletop exercise?',
    whyWeAsk:
      'A tabletop is a guided walk-through of a realistic attack, the cheapest way to find gaps in the plan; a vCISO runs one every year.',
    levels: [
      'Never rehearsed',
      'Talked through informally, once',
      'A yearly tabletop is written into the plan and scheduled',
      'Leadership and IT take part in a tabletop every year and lessons are written up',
      'Lessons from each exercise are tracked to closure and the scenario changes every year',
    ],
    action:
      'Run a ransomware tabletop exercise with leadership and IT, and track the lessons learned to closure.',
  },
  'rc-recovery-tested': {
    prompt: 'Have you tested restoring your key systems from backup?',
    whyWeAsk:
      'A backup that has never been restored is a hope, not a plan, and only a test shows how long recovery really takes.',
    levels: [
      'Never tested',
      'Single files have been restored when someone needed them',
      'Written restore steps and target recovery times for key systems',
      'Full restores of key systems are tested at least yearly',
      'Restore tests are timed against the targets, and shortfalls are fixed and re-tested',
    ],
    action:
      'Restore one key system end to end from backup, time it, and compare that with how long the business can do without it.',
  },
  'rc-bcp': {
    prompt: 'Do you have a business continuity and disaster recovery plan?',
    whyWeAsk:
      'When systems or a site are down, a continuity plan says how the business keeps working and what comes back first.',
    levels: [
      'No plan',
      'Ideas exist in a few people’s heads',
      'A written plan lists critical processes and systems, the recovery order and workarounds',
      'Managers know the plan, and alternate ways of working and supplier contacts are ready',
      'The plan is exercised and updated at least yearly and after major business changes',
    ],
    action:
      'Rank critical business processes, set how long each can be down, and write the recovery order and manual workarounds.',
  },
  'rc-recovery-communication': {
    prompt: 'During a recovery, who keeps staff, customers and partners informed?',
    whyWeAsk:
      'Clear, timely updates during an outage protect trust and cut down on rumors, calls and costly mistakes.',
    levels: [
      'Nobody is designated and we would improvise',
      'The owner or a manager would call people as needed',
      'A written communication plan names spokespeople and audiences',
      'Contact lists that work without our systems and draft messages are ready',
      'Communication is rehearsed in exercises and reviewed after every event',
    ],
    action:
      'Name a spokesperson, keep an offline contact list, and draft outage messages for staff, customers and partners.',
  },
  'it-roadmap': {
    prompt: 'Do you have a multi-year IT roadmap tied to business goals?',
    whyWeAsk:
      'Without a roadmap technology gets bought when something breaks; a roadmap lines up projects, budget and risk with where the business is going.',
    levels: [
      'No plan: technology is bought when something breaks',
      'Ideas for next year, not written down',
      'A written roadmap covering at least the next one to three years',
      'The roadmap is agreed with leadership and drives projects and the budget',
      'Progress against the roadmap is reviewed quarterly and it is updated as goals change',
    ],
    action:
      'Write a two-to-three-year IT roadmap from the business goals and agree on it with leadership.',
  },
  'it-budget': {
    prompt: 'How is your IT budget set?',
    whyWeAsk:
      'A planned budget turns surprise spending into choices leadership has agreed on, and shows what IT and security really cost.',
    levels: [
      'No IT budget: money is spent as needs arise',
      'Last year’s spending is repeated and surprises are paid as they come',
      'A written yearly IT budget covers recurring costs, projects and replacements',
      'The budget is built from the roadmap and replacement plan and approved by leadership',
      'Actual spending is compared with the budget quarterly and the forecast adjusted',
    ],
    action:
      'Build next year’s IT budget from the roadmap, renewals and planned replacements, and compare it with actual spending quarterly.',
  },
  'it-vendor-contracts': {
    prompt: 'Do you track your technology contracts, renewals and licenses?',
    whyWeAsk:
      'Silent auto-renewals, unused licenses and contracts without security terms waste money and add risk.',
    levels: [
      'Contracts and renewals are not tracked',
      'Someone remembers the big renewals',
      'A written register of contracts and licenses with renewal dates and owners',
      'Renewals are reviewed well ahead, with quotes compared and security terms checked',
      'Vendor performance and license use are reviewed yearly and unused spending is cut',
    ],
    action:
      'Build a register of technology contracts and licenses with renewal dates, and review each one well before it renews.',
  },
  'it-lifecycle': {
    prompt: 'Do you plan when computers, servers and software are replaced?',
    whyWeAsk:
      'Old hardware is slow and costly to fix, and a replacement plan turns surprise purchases into spending leadership can see coming.',
    levels: [
      'Equipment is replaced only when it fails',
      'Things are replaced when they feel old',
      'A written replacement schedule with the age and end-of-support date of key systems',
      'Replacements are budgeted and done on schedule, before equipment fails',
      'Lifecycle status is reported at least quarterly and feeds the budget',
    ],
    action:
      'Record the age and end-of-support date of hardware and software, and schedule and budget the replacements.',
  },
  'it-initiative-governance': {
    prompt: 'How are the major technology projects you are planning led and overseen?',
    whyWeAsk:
      'Cloud moves, ERP replacements, acquisitions and new sites are where budgets overrun and security gets skipped unless someone senior steers them.',
    levels: [
      'Projects start without a plan or an owner',
      'A vendor or the MSP runs the project and the business checks in now and then',
      'Each project has a written plan, budget, sponsor and measures of success',
      'An IT leader oversees each project, and security and data are reviewed before go-live',
      'Project status goes to leadership regularly and lessons are captured at the close',
    ],
    action:
      'Give each major initiative a sponsor, a written plan and budget, and a security review before go-live.',
  },
  'it-msp-oversight': {
    prompt: 'How do you oversee your managed service provider (MSP)?',
    whyWeAsk:
      'Your MSP holds the keys to everything and you stay accountable for what it does, so its service and security should be checked, not assumed.',
    levels: [
      'We trust the MSP and do not review its work',
      'We talk when there is a problem',
      'A contract with written service levels and security duties',
      'Regular reviews of tickets, service levels, projects and the MSP’s own security',
      'MSP performance is measured against targets each quarter and its admin access is audited',
    ],
    action:
      'Hold a quarterly review with your MSP covering service levels, open projects, its own security and who holds admin access.',
  },
};
